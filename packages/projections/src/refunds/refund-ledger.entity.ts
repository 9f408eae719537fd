import { Entity, Index } from 'typeorm';
import { KeyColumn, ModelColumn, NULLABLE } from '../read-models/columns';
import { tableSpecOf } from '../read-models/table-spec';

/**
 * One refund (or bill adjustment, or account credit), and the one declaration of
 * `refund_ledger` (see `complaint.entity.ts`). Times are ISO-8601 UTC strings.
 */
@Entity({ name: 'refund_ledger' })
// Reports by period, by status (what is in flight) and per complaint.
@Index('refund_ledger_requested_at', ['requestedAt'])
@Index('refund_ledger_status', ['status'])
@Index('refund_ledger_complaint', ['complaintId'])
export class RefundLedgerEntity {
  @KeyColumn('refund_id')
  readonly refundId!: string;
  @ModelColumn('text', 'complaint_id')
  readonly complaintId!: string;
  @ModelColumn('text', 'customer_id')
  readonly customerId!: string;
  /** refund, bill_adjustment or account_credit. */
  @ModelColumn('text', 'kind')
  readonly kind!: string;
  @ModelColumn('text', 'reason')
  readonly reason!: string;
  @ModelColumn('text', 'currency')
  readonly currency!: string;
  @ModelColumn('bigint', 'amount_minor')
  readonly amountMinor!: bigint;
  /** The domain's status: requested, approved, rejected, issued, settled, failed. */
  @ModelColumn('text', 'status')
  readonly status!: string;
  /** Recorded at request time from the requester's limit then; later limit changes do not alter it. */
  @ModelColumn('boolean', 'requires_supervisor_approval')
  readonly requiresSupervisorApproval!: boolean;
  /** The requesting actor's id. */
  @ModelColumn('text', 'requested_by')
  readonly requestedBy!: string;
  @ModelColumn('timestamptz', 'requested_at')
  readonly requestedAt!: string;
  @ModelColumn('timestamptz', 'approved_at', NULLABLE)
  readonly approvedAt!: string | null;
  @ModelColumn('timestamptz', 'rejected_at', NULLABLE)
  readonly rejectedAt!: string | null;
  @ModelColumn('timestamptz', 'issued_at', NULLABLE)
  readonly issuedAt!: string | null;
  @ModelColumn('timestamptz', 'settled_at', NULLABLE)
  readonly settledAt!: string | null;
  @ModelColumn('timestamptz', 'failed_at', NULLABLE)
  readonly failedAt!: string | null;
  @ModelColumn('bigint', 'last_event_position')
  readonly lastEventPosition!: bigint;
}

/** The row the fold builds is the entity. */
export type RefundLedgerRow = RefundLedgerEntity;

export const refundLedgerTable = tableSpecOf(RefundLedgerEntity);
