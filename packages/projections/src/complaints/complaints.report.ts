import { CHANNELS, COMPLAINT_STATUSES, PRIORITIES, RATINGS, REGIMES } from '../reporting/domain-values';
import { anyBreachSql, breachedSql, type SlaMilestoneName } from '../reporting/expressions';
import {
  boundFilters,
  columnFields,
  computed,
  defineList,
  inFilters,
  isFilters,
  rangeFilters,
} from '../reporting/lists/list-spec';
import { complaintsTable } from './complaint.entity';

/** Breached at the request's instant: decided at query time, since no event marks a deadline passing. */
const breached = (milestone: SlaMilestoneName) =>
  computed('boolean', (c, now) => breachedSql(milestone, c, now()));

const { lastEventPosition, ...stored } = columnFields(complaintsTable, {
  status: COMPLAINT_STATUSES,
  channel: CHANNELS,
  priority: PRIORITIES,
  regime: REGIMES,
  satisfaction: RATINGS,
});

/** `/reports/complaints`: one row per complaint, with its SLA breaches as of now. */
export const complaintsReport = defineList({
  name: 'complaints',
  table: complaintsTable.name,
  alias: 'c',
  key: complaintsTable.key,
  fields: {
    ...stored,
    firstResponseBreached: breached('first_response'),
    finalResponseBreached: breached('final_response'),
    resolutionBreached: breached('resolution'),
    breached: computed('boolean', (c, now) => anyBreachSql(c, now())),
    // Where the row stands in the log ends it, after what is judged at query time.
    lastEventPosition,
  },
  filters: {
    ...inFilters('complaintId', 'customerId', 'status', 'ownerId', 'team', 'channel', 'category'),
    ...inFilters('priority', 'regime', 'satisfaction', 'refundCurrency'),
    ...rangeFilters('filed', 'filedAt'),
    ...rangeFilters('acknowledged', 'acknowledgedAt'),
    ...rangeFilters('firstResponse', 'firstResponseAt'),
    ...rangeFilters('finalResponse', 'finalResponseAt'),
    ...rangeFilters('resolved', 'resolvedAt'),
    ...rangeFilters('closed', 'closedAt'),
    ...rangeFilters('resolutionDue', 'resolutionDueAt'),
    ...boundFilters('escalationLevel'),
    ...boundFilters('refundCount'),
    ...boundFilters('refundTotalMinor'),
    ...boundFilters('reopenCount'),
    ...isFilters('firstResponseBreached', 'finalResponseBreached', 'resolutionBreached', 'breached'),
  },
  sortable: [
    'complaintId',
    'filedAt',
    'acknowledgedAt',
    'firstResponseAt',
    'finalResponseAt',
    'resolvedAt',
    'closedAt',
    'resolutionDueAt',
    'status',
    'team',
    'escalationLevel',
    'refundTotalMinor',
    'reopenCount',
    'lastEventPosition',
  ],
  defaultSort: '-filedAt',
});
