import type { ComplaintId, CustomerId, RefundId } from '../shared/ids';
import type { Money } from '../shared/money';
import { linkedRefundStatus, type ComplaintStatus, type Loaded, type RefundStatus } from '../shared/statuses';
import type { ApprovalLimits } from './codecs';

/** What the runner knows of the complaint a refund is for, read from its stream and its refunds' streams. */
export interface ComplaintSummaryForRefund {
  readonly complaintId: ComplaintId;
  readonly status: ComplaintStatus;
  readonly customerId: CustomerId;
  readonly amountPaid: Money;
  /** Every refund the complaint has linked, with its current status. */
  readonly refunds: ReadonlyArray<{
    readonly refundId: RefundId;
    readonly status: RefundStatus;
    readonly amount: Money;
  }>;
}

/** Context for `RequestRefund`; the other refund commands ignore it. */
export interface RefundContext {
  /** null when the complaint stream does not exist. */
  readonly complaint: ComplaintSummaryForRefund | null;
  /** From configuration. */
  readonly approvalLimits: ApprovalLimits;
}

/** The part of a complaint's state a refund request reads; structural, so slices do not import each other. */
export type ComplaintForRefund =
  | { readonly status: 'none' }
  | (Omit<ComplaintSummaryForRefund, 'refunds'> & {
      readonly refunds: ReadonlyArray<{ readonly refundId: RefundId; readonly amount: Money }>;
    });

/**
 * The context for requesting a refund against `complaint` (undefined when its stream does not
 * exist), from the states of the refunds it has linked, as loaded (by id). A linked refund that
 * cannot be read counts as requested (`linkedRefundStatus`), so it still takes its share.
 */
export const refundContextFrom = (
  complaint: ComplaintForRefund | undefined,
  refunds: ReadonlyMap<string, Loaded<RefundStatus>>,
  approvalLimits: ApprovalLimits,
): RefundContext => {
  if (complaint === undefined || complaint.status === 'none') return { complaint: null, approvalLimits };
  const { complaintId, status, customerId, amountPaid } = complaint;
  return {
    complaint: {
      complaintId,
      status,
      customerId,
      amountPaid,
      refunds: complaint.refunds.map(({ refundId, amount }) => ({
        refundId,
        amount,
        status: linkedRefundStatus(refunds.get(refundId)),
      })),
    },
    approvalLimits,
  };
};
