import { REFUND_KINDS, REFUND_REASONS, REFUND_STATUSES } from '../reporting/domain-values';
import {
  boundFilters,
  columnFields,
  defineList,
  inFilters,
  isFilters,
  rangeFilters,
} from '../reporting/lists/list-spec';
import { refundLedgerTable } from './refund-ledger.entity';

/** `/reports/refunds`: the refund ledger, one row per refund with the instant of each status. */
export const refundsReport = defineList({
  name: 'refunds',
  table: refundLedgerTable.name,
  alias: 'r',
  key: refundLedgerTable.key,
  fields: columnFields(refundLedgerTable, {
    kind: REFUND_KINDS,
    reason: REFUND_REASONS,
    status: REFUND_STATUSES,
  }),
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
