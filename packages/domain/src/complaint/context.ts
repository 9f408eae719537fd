import type { BusinessCalendar } from '../sla/calendar';
import type { EscalationId, RefundId, ReturnId } from '../shared/ids';
import type { Money } from '../shared/money';
import {
  linkedEscalationStatus,
  linkedRefundStatus,
  linkedReturnStatus,
  type EscalationStatus,
  type Loaded,
  type RefundStatus,
  type ReturnStatus,
} from '../shared/statuses';
import type { ComplaintState } from './state';

/**
 * What the command runner reads from other streams before deciding a complaint command.
 * Only `CloseComplaint` uses it: every refund, escalation and return the complaint stream has
 * linked (`RefundLinked`, `EscalationLinked`, `ReturnLinked`), with its current status.
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
  /** Left out when the complaint links no return. */
  readonly returns?: ReadonlyArray<{
    readonly returnId: ReturnId;
    readonly status: ReturnStatus;
  }>;
  /** The business calendar of the complaint's policy: the summary-resolution window is in business days. */
  readonly calendar: BusinessCalendar;
  /**
   * Read only by `FileComplaint`: the SLA policy version and calendar version the host's
   * configuration chose for it (`chooseSla`); `null` when none applies (regime NONE).
   */
  readonly sla?: SlaChoice | null;
}

/** What filing records about its clocks: ids of versions that are never edited, only added. */
export interface SlaChoice {
  readonly policy: string;
  readonly calendar?: string;
}

const linksOf = (complaint: ComplaintState) =>
  complaint.status === 'none' ? { refunds: [], escalationIds: [], returnIds: [] } : complaint;

/**
 * The context for closing `complaint`, from the states of its linked streams as loaded (by id).
 * Every link is reported; one whose stream cannot be read counts as still moving
 * (`linkedRefundStatus`, `linkedEscalationStatus`), so it blocks the close rather than hiding.
 */
export const closeContextFrom = (
  complaint: ComplaintState,
  refunds: ReadonlyMap<string, Loaded<RefundStatus>>,
  escalations: ReadonlyMap<string, Loaded<EscalationStatus>>,
  calendar: BusinessCalendar,
  returns: ReadonlyMap<string, Loaded<ReturnStatus>> = new Map(),
): ComplaintContext => ({
  refunds: linksOf(complaint).refunds.map(({ refundId, amount }) => ({
    refundId,
    amount,
    status: linkedRefundStatus(refunds.get(refundId)),
  })),
  escalations: linksOf(complaint).escalationIds.map((escalationId) => ({
    escalationId,
    status: linkedEscalationStatus(escalations.get(escalationId)),
  })),
  returns: linksOf(complaint).returnIds.map((returnId) => ({
    returnId,
    status: linkedReturnStatus(returns.get(returnId)),
  })),
  calendar,
});
