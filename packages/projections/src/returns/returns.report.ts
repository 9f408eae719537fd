import { RETURN_REASONS, RETURN_RESOLUTIONS, RETURN_STATUSES, CHANNELS } from '../reporting/domain-values';
import {
  boundFilters,
  columnFields,
  defineList,
  inFilters,
  rangeFilters,
} from '../reporting/lists/list-spec';
import { returnsTable } from './return.entity';

/** `/reports/returns`: one row per return, with its timings, resolution and lines. */
export const returnsReport = defineList({
  name: 'returns',
  table: returnsTable.name,
  alias: 'ret',
  key: returnsTable.key,
  fields: columnFields(returnsTable, {
    reason: RETURN_REASONS,
    status: RETURN_STATUSES,
    resolution: RETURN_RESOLUTIONS,
    channel: CHANNELS,
  }),
  filters: {
    ...inFilters('returnId', 'customerId', 'complaintId', 'orderReference', 'reason', 'channel'),
    ...inFilters('status', 'currency', 'carrier', 'resolution'),
    ...rangeFilters('requested', 'requestedAt'),
    ...rangeFilters('resolved', 'resolvedAt'),
    ...boundFilters('valueMinor'),
    ...boundFilters('refundMinor'),
    ...boundFilters('daysToResolution'),
  },
  sortable: [
    'returnId',
    'requestedAt',
    'resolvedAt',
    'valueMinor',
    'refundMinor',
    'daysToAuthorisation',
    'daysToReceipt',
    'daysToResolution',
    'status',
    'lastEventPosition',
  ],
  defaultSort: '-requestedAt',
});
