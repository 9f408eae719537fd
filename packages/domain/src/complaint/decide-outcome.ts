import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { withinSummaryResolutionWindow } from '../sla/policies';
import type { Of } from '../shared/messages';
import { escalationIsOpen, refundIsInFlight, returnIsOpen } from '../shared/statuses';
import type { ComplaintCommand } from './commands';
import type { ComplaintContext } from './context';
import { complaintError, type ComplaintError } from './errors';
import type { ComplaintEvent } from './events';
import type { FiledComplaint } from './state';

type Result = E.Either<ComplaintError, ReadonlyArray<ComplaintEvent>>;
type Cmd<K extends ComplaintCommand['type']> = Of<ComplaintCommand, K>;

const ok = (...events: ComplaintEvent[]): Result => E.right(events);

/** Regulated complaints must tell the customer of their right to refer it (ombudsman, CFPB). */
export const sendFinalResponse = (
  { data, metadata }: Cmd<'SendFinalResponse'>,
  s: FiledComplaint,
): Result => {
  if (s.finalResponse !== null) {
    return E.left(
      complaintError('FinalResponseAlreadySent', 'a final response was already sent', {
        sentAt: s.finalResponse.sentAt,
      }),
    );
  }
  if (s.regime !== 'NONE' && !data.referralRightsStated) {
    return E.left(
      complaintError('ReferralRightsRequired', `a ${s.regime} final response must state referral rights`),
    );
  }
  return ok({ type: 'FinalResponseSent', data: { ...data, sentAt: metadata.now } });
};

export const resolve = ({ data, metadata }: Cmd<'ResolveComplaint'>, s: FiledComplaint): Result => {
  if (s.status === 'resolved')
    return E.left(complaintError('NothingChanged', 'the complaint is already resolved'));
  if (s.status !== 'open') {
    return E.left(
      complaintError('InvalidTransition', `cannot resolve while ${s.status}`, { status: s.status }),
    );
  }
  const event = { ...data, summaryResolution: data.summaryResolution ?? false, resolvedAt: metadata.now };
  return ok({ type: 'ComplaintResolved', data: event });
};

export const reopen = ({ data, metadata }: Cmd<'ReopenComplaint'>, s: FiledComplaint): Result => {
  if (s.status !== 'resolved') {
    const tag = s.status === 'open' ? 'NothingChanged' : 'InvalidTransition';
    return E.left(complaintError(tag, `only a resolved complaint can be reopened (it is ${s.status})`));
  }
  return ok({ type: 'ComplaintReopened', data: { ...data, reopenedAt: metadata.now } });
};

/** Which closing document the case has: a final response, or an eligible FCA summary resolution. */
const closure = (
  s: FiledComplaint,
  ctx: ComplaintContext,
): E.Either<ComplaintError, 'final_response' | 'summary_resolution'> => {
  if (s.finalResponse !== null) return E.right('final_response');
  const r = s.resolution;
  const summary =
    s.regime === 'FCA_DISP' &&
    r?.summaryResolution === true &&
    withinSummaryResolutionWindow(s.filedAt, r.resolvedAt, ctx.calendar);
  return summary
    ? E.right('summary_resolution')
    : E.left(
        complaintError(
          'FinalResponseRequired',
          'send a final response (or, under FCA DISP within 3 business days, a summary resolution)',
        ),
      );
};

/** The runner must report every linked refund, escalation and return: a missing one could hide a blocker. */
const checkLinks = (s: FiledComplaint, ctx: ComplaintContext): E.Either<ComplaintError, void> => {
  const missing = [
    ...s.refunds.filter((r) => !ctx.refunds.some((c) => c.refundId === r.refundId)).map((r) => r.refundId),
    ...s.escalationIds.filter((id) => !ctx.escalations.some((c) => c.escalationId === id)),
    ...s.returnIds.filter((id) => !(ctx.returns ?? []).some((c) => c.returnId === id)),
  ];
  if (missing.length > 0)
    return E.left(complaintError('ContextIncomplete', 'the context lacks linked streams', { missing }));
  const inFlight = ctx.refunds.filter((r) => refundIsInFlight(r.status)).map((r) => r.refundId);
  if (inFlight.length > 0)
    return E.left(
      complaintError('RefundInFlight', 'a linked refund is still in flight', { refunds: inFlight }),
    );
  const open = ctx.escalations.filter((e) => escalationIsOpen(e.status)).map((e) => e.escalationId);
  if (open.length > 0)
    return E.left(complaintError('EscalationOpen', 'a linked escalation is open', { escalations: open }));
  const returns = (ctx.returns ?? []).filter((r) => returnIsOpen(r.status)).map((r) => r.returnId);
  if (returns.length > 0)
    return E.left(complaintError('ReturnOpen', 'a linked return is still open', { returns }));
  return E.right(undefined);
};

/** Closing is the one complaint decision that reads other streams (through `ctx`). */
export const close = (
  { data, metadata }: Cmd<'CloseComplaint'>,
  s: FiledComplaint,
  ctx?: ComplaintContext,
): Result => {
  if (ctx === undefined)
    return E.left(
      complaintError('ContextRequired', 'CloseComplaint needs the refund and escalation context'),
    );
  if (s.status !== 'resolved') {
    return E.left(
      complaintError('InvalidTransition', `resolve the complaint before closing (it is ${s.status})`),
    );
  }
  if (s.rootCause === null)
    return E.left(complaintError('RootCauseRequired', 'record a root cause before closing'));
  return pipe(
    checkLinks(s, ctx),
    E.flatMap(() => closure(s, ctx)),
    E.map((kind) => [
      {
        type: 'ComplaintClosed',
        data: { complaintId: data.complaintId, closure: kind, closedAt: metadata.now },
      },
    ]),
  );
};

/** The one command a closed complaint accepts: the customer's verdict comes after the case ends. */
export const rateSatisfaction = (
  { data, metadata }: Cmd<'RecordSatisfaction'>,
  s: FiledComplaint,
): Result => {
  if (s.satisfaction !== null)
    return E.left(complaintError('SatisfactionAlreadyRated', 'satisfaction was already recorded'));
  if (s.status !== 'resolved' && s.status !== 'closed') {
    return E.left(
      complaintError('InvalidTransition', `satisfaction is rated after resolution (it is ${s.status})`),
    );
  }
  return ok({ type: 'SatisfactionRated', data: { ...data, ratedAt: metadata.now } });
};
