import * as E from 'fp-ts/Either';
import type { Of } from '../shared/messages';
import { sumMinor, type Money } from '../shared/money';
import { refundIsActive } from '../shared/statuses';
import type { ApprovalLimits } from './codecs';
import type { RefundCommand } from './commands';
import type { ComplaintSummaryForRefund, RefundContext } from './context';
import { refundError, type RefundError } from './errors';
import type { RefundEvent } from './events';
import type { RefundState } from './state';

type Request = Of<RefundCommand, 'RequestRefund'>;

/** The requester's limit in the refund's currency; unlisted roles and currencies have none. */
export const approvalLimitFor = (limits: ApprovalLimits, command: Request): Money => {
  const currency = command.data.amount.currency;
  return { minor: limits[command.metadata.actor.kind]?.[currency] ?? 0, currency };
};

/**
 * Refunds that are not failed or rejected never exceed the amount paid: the new amount plus every
 * other active refund of the complaint must fit.
 */
const checkAmount = (
  command: Request,
  ctx: RefundContext,
): E.Either<RefundError, ComplaintSummaryForRefund> => {
  const complaint = ctx.complaint;
  const { amount } = command.data;
  // The codec already demands a positive integer; this guards callers that build commands by hand.
  if (!Number.isSafeInteger(amount.minor) || amount.minor <= 0) {
    return E.left(refundError('InvalidAmount', 'the amount must be a positive integer of minor units'));
  }
  if (complaint === null)
    return E.left(refundError('ComplaintNotFound', `complaint ${command.data.complaintId} does not exist`));
  if (complaint.status === 'closed') return E.left(refundError('ComplaintClosed', 'the complaint is closed'));
  if (amount.currency !== complaint.amountPaid.currency) {
    return E.left(
      refundError('CurrencyMismatch', `the complaint was paid in ${complaint.amountPaid.currency}`),
    );
  }
  const others = complaint.refunds.filter(
    (r) => r.refundId !== command.data.refundId && refundIsActive(r.status),
  );
  const available = complaint.amountPaid.minor - sumMinor(others.map((r) => r.amount));
  return amount.minor > available
    ? E.left(
        refundError(
          'RefundExceedsPaidAmount',
          `at most ${available} ${amount.currency} minor units can be refunded`,
          {
            available: { minor: available, currency: amount.currency },
            requested: amount,
          },
        ),
      )
    : E.right(complaint);
};

/** Decides `RequestRefund`; the only refund command that needs the runner's context. */
export const requestRefund = (
  command: Request,
  state: RefundState,
  ctx?: RefundContext,
): E.Either<RefundError, ReadonlyArray<RefundEvent>> => {
  if (state.status !== 'none')
    return E.left(refundError('RefundAlreadyRequested', `refund ${command.data.refundId} exists`));
  if (ctx === undefined)
    return E.left(refundError('ContextRequired', 'RequestRefund needs the complaint summary and limits'));
  const limit = approvalLimitFor(ctx.approvalLimits, command);
  return E.map((complaint: ComplaintSummaryForRefund): ReadonlyArray<RefundEvent> => [
    {
      type: 'RefundRequested' as const,
      data: {
        ...command.data,
        customerId: complaint.customerId,
        requestedBy: command.metadata.actor,
        requestedAt: command.metadata.now,
        approvalLimit: limit,
        requiresSupervisorApproval: command.data.amount.minor > limit.minor,
      },
    },
  ])(checkAmount(command, ctx));
};
