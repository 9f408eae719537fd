import type { TableSpec } from '../runner/projection';

/** One refund (or bill adjustment, or account credit). Times are ISO-8601 UTC strings. */
export interface RefundLedgerRow {
  readonly refundId: string;
  readonly complaintId: string;
  readonly customerId: string;
  /** refund, bill_adjustment or account_credit. */
  readonly kind: string;
  readonly reason: string;
  readonly currency: string;
  readonly amountMinor: bigint;
  /** The domain's status: requested, approved, rejected, issued, settled, failed. */
  readonly status: string;
  /** Recorded at request time from the requester's limit then; later limit changes do not alter it. */
  readonly requiresSupervisorApproval: boolean;
  /** The requesting actor's id. */
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly approvedAt: string | null;
  readonly rejectedAt: string | null;
  readonly issuedAt: string | null;
  readonly settledAt: string | null;
  readonly failedAt: string | null;
  readonly lastEventPosition: bigint;
}

export const refundLedgerTable: TableSpec<RefundLedgerRow> = {
  name: 'refund_ledger',
  key: 'refundId',
  columns: {
    refundId: { column: 'refund_id', type: 'text' },
    complaintId: { column: 'complaint_id', type: 'text' },
    customerId: { column: 'customer_id', type: 'text' },
    kind: { column: 'kind', type: 'text' },
    reason: { column: 'reason', type: 'text' },
    currency: { column: 'currency', type: 'text' },
    amountMinor: { column: 'amount_minor', type: 'bigint' },
    status: { column: 'status', type: 'text' },
    requiresSupervisorApproval: { column: 'requires_supervisor_approval', type: 'boolean' },
    requestedBy: { column: 'requested_by', type: 'text' },
    requestedAt: { column: 'requested_at', type: 'timestamptz' },
    approvedAt: { column: 'approved_at', type: 'timestamptz' },
    rejectedAt: { column: 'rejected_at', type: 'timestamptz' },
    issuedAt: { column: 'issued_at', type: 'timestamptz' },
    settledAt: { column: 'settled_at', type: 'timestamptz' },
    failedAt: { column: 'failed_at', type: 'timestamptz' },
    lastEventPosition: { column: 'last_event_position', type: 'bigint' },
  },
};
