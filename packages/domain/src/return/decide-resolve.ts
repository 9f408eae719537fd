import * as E from 'fp-ts/Either';
import { isSupervisor } from '../shared/actor';
import type { Instant } from '../shared/instant';
import type { Of } from '../shared/messages';
import type { Money } from '../shared/money';
import { REFUNDABLE_OUTCOMES, type ReturnPolicy } from './codecs';
import type { ReturnCommand } from './commands';
import type { ReturnContext } from './context';
import { returnError, type ReturnError } from './errors';
import type { ReturnEvent } from './events';
import { evolveReturn } from './evolve';
import type { OpenReturn } from './state';

type Result = E.Either<ReturnError, ReadonlyArray<ReturnEvent>>;
type Resolve = Of<ReturnCommand, 'ResolveReturn'>;

/** What a return may refund: its value, the restocking fee kept from it, and the cap that leaves. */
export interface ReturnValue {
  readonly refundableValue: Money;
  readonly restockingFee: Money;
  readonly cap: Money;
}

/**
 * The value of the lines inspected as refundable (quantity inspected × unit price), minus the
 * policy's restocking fee when the customer changed their mind (rounded to the nearest minor unit).
 */
export const returnValue = (s: Pick<OpenReturn, 'lines' | 'reason'>, policy: ReturnPolicy): ReturnValue => {
  const currency = s.lines[0]?.unitPrice.currency ?? 'GBP';
  const refundable = s.lines
    .filter((l) => l.inspected !== null && REFUNDABLE_OUTCOMES.includes(l.inspected.outcome))
    .reduce((sum, l) => sum + l.inspected!.quantity * l.unitPrice.minor, 0);
  const fee = s.reason === 'changed_mind' ? Math.round((refundable * policy.restockingFeePercent) / 100) : 0;
  return {
    refundableValue: { minor: refundable, currency },
    restockingFee: { minor: fee, currency },
    cap: { minor: refundable - fee, currency },
  };
};

/** A resolved return whose every line that arrived has a disposition closes, in the same append. */
export const closingAfter = (s: OpenReturn, event: ReturnEvent, now: Instant): ReadonlyArray<ReturnEvent> => {
  const next = evolveReturn(s, event);
  if (next.status !== 'resolved') return [];
  const pending = next.lines.some((l) => (l.inspected?.quantity ?? 0) > 0 && l.disposition === null);
  return pending ? [] : [{ type: 'ReturnClosed', data: { returnId: s.returnId, closedAt: now } }];
};

/** Customer damage settles as nothing or a partial refund, and only a supervisor may decide it. */
const checkCustomerDamage = ({ data, metadata }: Resolve, s: OpenReturn): ReturnError | undefined => {
  if (!s.lines.some((l) => l.inspected?.outcome === 'customer_damage')) return undefined;
  if (data.resolution !== 'none' && data.resolution !== 'refund')
    return returnError('CustomerDamageResolution', 'customer damage resolves to none or a partial refund', {
      resolution: data.resolution,
    });
  return isSupervisor(metadata.actor)
    ? undefined
    : returnError('SupervisorApprovalRequired', 'customer damage is resolved by a supervisor');
};

/** A refund needs its details, a complaint for the Refund aggregate, and fits under the cap. */
const checkRefund = ({ data }: Resolve, s: OpenReturn, value: ReturnValue): ReturnError | undefined => {
  if (data.resolution !== 'refund')
    return data.refund === undefined
      ? undefined
      : returnError(
          'RefundDetailsNotExpected',
          `refund details are only for a refund, not ${data.resolution}`,
        );
  if (data.refund === undefined)
    return returnError(
      'RefundDetailsRequired',
      'a refund resolution needs refund: refundId, amount, paymentReference',
    );
  if (s.complaintId === null)
    return returnError(
      'ComplaintRequiredForRefund',
      'a refund is requested against a complaint: link one when requesting the return',
    );
  const { amount } = data.refund;
  if (amount.currency !== value.cap.currency)
    return returnError('CurrencyMismatch', `the return is priced in ${value.cap.currency}`);
  return amount.minor > value.cap.minor
    ? returnError(
        'RefundExceedsReturnValue',
        `at most ${value.cap.minor} ${amount.currency} minor units can be refunded`,
        {
          ...value,
          requested: amount,
        },
      )
    : undefined;
};

/** No line is resolved before it is inspected: the whole return must be. */
export const resolve = (command: Resolve, s: OpenReturn, ctx?: ReturnContext): Result => {
  const { data, metadata } = command;
  if (s.status !== 'inspected')
    return E.left(
      s.status === 'received'
        ? returnError('NotInspected', 'every line must be inspected before the return is resolved')
        : returnError('InvalidTransition', `cannot resolve a return that is ${s.status}`, {
            status: s.status,
          }),
    );
  if (ctx === undefined)
    return E.left(returnError('ContextRequired', 'ResolveReturn needs the return policy'));
  const value = returnValue(s, ctx.policy);
  if (data.resolution === 'exchange' && data.exchangeOrderReference === undefined)
    return E.left(
      returnError('ExchangeOrderRequired', 'an exchange names the new order: exchangeOrderReference'),
    );
  const refusal = checkCustomerDamage(command, s) ?? checkRefund(command, s, value);
  if (refusal !== undefined) return E.left(refusal);
  const { refund, ...rest } = data;
  const event: ReturnEvent = {
    type: 'ReturnResolved',
    data: {
      ...rest,
      ...(refund === undefined ? {} : { refundId: refund.refundId, refundAmount: refund.amount }),
      refundableValue: value.refundableValue,
      restockingFee: value.restockingFee,
      resolvedBy: metadata.actor,
      resolvedAt: metadata.now,
    },
  };
  return E.right([event, ...closingAfter(s, event, metadata.now)]);
};
