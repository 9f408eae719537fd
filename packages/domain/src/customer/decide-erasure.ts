import * as E from 'fp-ts/Either';
import { toMillis, type Instant } from '../shared/instant';
import type { Of } from '../shared/messages';
import type { ErasureRefusal } from './codecs';
import type { CustomerCommand } from './commands';
import type { ComplaintForErasureContext, ErasureContext } from './context';
import { retainedUntil } from './context';
import { customerError, type CustomerError } from './errors';
import type { CustomerEvent } from './events';
import type { CustomerFacts } from './state';

type Result = E.Either<CustomerError, ReadonlyArray<CustomerEvent>>;
/** A customer whose data is still held. */
type Live = CustomerFacts & { readonly status: 'registered' | 'verified' };

/** Why one complaint still needs the customer's data at `now`, if it does. */
const complaintRefusal = (
  c: ComplaintForErasureContext,
  ctx: ErasureContext,
  now: Instant,
): ErasureRefusal | undefined => {
  const { complaintId } = c;
  if (c.status !== 'closed')
    return { rule: 'open_complaint', complaintId, detail: `complaint ${complaintId} is ${c.status}` };
  if (c.closedAt === null)
    // A closed complaint always records its close; without it, the period cannot be shown to be over.
    return { rule: 'retention_period', complaintId, detail: `complaint ${complaintId} has no close time` };
  const until = retainedUntil(c.closedAt, ctx.retention[c.regime].years);
  return toMillis(now) < toMillis(until)
    ? {
        rule: 'retention_period',
        complaintId,
        until,
        detail: `complaint ${complaintId} (${c.regime}) closed ${c.closedAt}: records kept until ${until}`,
      }
    : undefined;
};

/** Every reason the data must still be kept (GDPR Art. 17(3)): complaints first, then a legal hold. */
const refusalsOf = (s: Live, ctx: ErasureContext, now: Instant): ReadonlyArray<ErasureRefusal> => [
  ...ctx.complaints.flatMap((c) => complaintRefusal(c, ctx, now) ?? []),
  ...(s.legalHold === null
    ? []
    : [
        { rule: 'legal_hold' as const, detail: `legal hold ${s.legalHold.reference}: ${s.legalHold.reason}` },
      ]),
];

/**
 * Erases the customer's personal data, or records why it cannot yet be: a refusal is an event
 * (the request and its answer are kept for accountability), never an error. Reads `ctx`.
 */
export const requestErasure = (
  { data, metadata }: Of<CustomerCommand, 'RequestErasure'>,
  s: Live,
  ctx: ErasureContext | undefined,
): Result => {
  if (ctx === undefined)
    return E.left(customerError('ContextRequired', "RequestErasure needs the customer's complaints"));
  const { customerId, reason, legalBasis } = data;
  const refusals = refusalsOf(s, ctx, metadata.now);
  return E.right([
    refusals.length > 0
      ? {
          type: 'CustomerErasureRefused',
          data: { customerId, reason, legalBasis, refusals, refusedAt: metadata.now },
        }
      : { type: 'CustomerPiiErased', data: { customerId, reason, legalBasis, erasedAt: metadata.now } },
  ]);
};

export const placeLegalHold = ({ data, metadata }: Of<CustomerCommand, 'PlaceLegalHold'>, s: Live): Result =>
  s.legalHold !== null
    ? E.left(
        customerError('LegalHoldInPlace', `legal hold ${s.legalHold.reference} is already in place`, {
          reference: s.legalHold.reference,
        }),
      )
    : E.right([{ type: 'LegalHoldPlaced', data: { ...data, placedAt: metadata.now } }]);

export const releaseLegalHold = (
  { data, metadata }: Of<CustomerCommand, 'ReleaseLegalHold'>,
  s: Live,
): Result =>
  s.legalHold === null
    ? E.left(customerError('NoLegalHold', 'no legal hold is in place'))
    : E.right([{ type: 'LegalHoldReleased', data: { ...data, releasedAt: metadata.now } }]);
