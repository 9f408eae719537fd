import type { RefundKind, RefundReason, RefundStatus } from '@casebook/domain';
import { boundFilters, column, defineList, inFilters, isFilters, rangeFilters, valuesOf } from './list-spec';

const KINDS = valuesOf<RefundKind>({ refund: true, bill_adjustment: true, account_credit: true });
const REASONS = valuesOf<RefundReason>({
  duplicate: true,
  fraudulent: true,
  requested_by_customer: true,
  damaged_in_transit: true,
  lost_item: true,
  defective_product: true,
  service_failure: true,
  billing_error: true,
  goodwill: true,
});
const STATUSES = valuesOf<RefundStatus>({
  requested: true,
  approved: true,
  rejected: true,
  issued: true,
  settled: true,
  failed: true,
});

/** `GET /reports/refunds`: the refund ledger, one row per refund with the instant of each status. */
export const refundsReport = defineList({
  name: 'refunds',
  table: 'refund_ledger',
  alias: 'r',
  key: 'refundId',
  fields: {
    refundId: column('refund_id', 'text'),
    complaintId: column('complaint_id', 'text'),
    customerId: column('customer_id', 'text'),
    kind: column('kind', 'text', KINDS),
    reason: column('reason', 'text', REASONS),
    currency: column('currency', 'text'),
    amountMinor: column('amount_minor', 'bigint'),
    status: column('status', 'text', STATUSES),
    requiresSupervisorApproval: column('requires_supervisor_approval', 'boolean'),
    requestedBy: column('requested_by', 'text'),
    requestedAt: column('requested_at', 'instant'),
    approvedAt: column('approved_at', 'instant'),
    rejectedAt: column('rejected_at', 'instant'),
    issuedAt: column('issued_at', 'instant'),
    settledAt: column('settled_at', 'instant'),
    failedAt: column('failed_at', 'instant'),
    lastEventPosition: column('last_event_position', 'bigint'),
  },
  filters: {
    ...inFilters('refundId', 'complaintId', 'customerId', 'kind', 'reason', 'currency', 'status'),
    ...inFilters('requestedBy'),
    ...rangeFilters('requested', 'requestedAt'),
    ...rangeFilters('approved', 'approvedAt'),
    ...rangeFilters('issued', 'issuedAt'),
    ...rangeFilters('settled', 'settledAt'),
    ...boundFilters('amountMinor'),
    ...isFilters('requiresSupervisorApproval'),
  },
  sortable: [
    'refundId',
    'requestedAt',
    'approvedAt',
    'issuedAt',
    'settledAt',
    'amountMinor',
    'status',
    'lastEventPosition',
  ],
  defaultSort: '-requestedAt',
});
