import type { ComplaintId, CustomerId, RefundId } from '../shared/ids';
import type { Money } from '../shared/money';
import type { ComplaintStatus, RefundStatus } from '../shared/statuses';
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

export const refundCommandsNeedingContext = ['RequestRefund'] as const;
