import type { BusinessCalendar } from '../sla/calendar';
import type { EscalationId, RefundId } from '../shared/ids';
import type { Money } from '../shared/money';
import type { EscalationStatus, RefundStatus } from '../shared/statuses';

/**
 * What the command runner reads from other streams before deciding a complaint command.
 * Only `CloseComplaint` uses it: the runner reads every refund and escalation the complaint
 * stream has linked (`RefundLinked`, `EscalationLinked`) and reports their current status.
 */
export interface ComplaintContext {
  readonly refunds: ReadonlyArray<{
    readonly refundId: RefundId;
    readonly status: RefundStatus;
    readonly amount: Money;
  }>;
  readonly escalations: ReadonlyArray<{
    readonly escalationId: EscalationId;
    readonly status: EscalationStatus;
  }>;
  /** The business calendar of the complaint's policy: the summary-resolution window is in business days. */
  readonly calendar: BusinessCalendar;
}

/** Complaint commands whose decision needs a `ComplaintContext`. */
export const complaintCommandsNeedingContext = ['CloseComplaint'] as const;
