import { RATINGS } from '../reporting/domain-values';
import { atRiskSql } from '../reporting/expressions';
import {
  boundFilters,
  columnFields,
  computed,
  defineList,
  inFilters,
  isFilters,
  rangeFilters,
} from '../reporting/lists/list-spec';
import { customer360Table } from './customer360.entity';

const { lastEventPosition, ...stored } = columnFields(customer360Table, { latestSatisfaction: RATINGS });

/**
 * `/reports/customers`: the customer 360 (counts and instants, no personal data), with
 * `atRisk` decided at the request's instant.
 */
export const customersReport = defineList({
  name: 'customers',
  table: customer360Table.name,
  alias: 'cu',
  key: customer360Table.key,
  fields: {
    ...stored,
    atRisk: computed('boolean', (cu, now) => atRiskSql(cu, now())),
    // Where the row stands in the log ends it, after what is judged at query time.
    lastEventPosition,
  },
  filters: {
    ...inFilters('customerId', 'latestSatisfaction', 'refundCurrency'),
    ...rangeFilters('registered', 'registeredAt'),
    ...rangeFilters('lastContact', 'lastContactAt'),
    ...rangeFilters('lastComplaint', 'lastComplaintAt'),
    ...boundFilters('contactsTotal'),
    ...boundFilters('complaintsTotal'),
    ...boundFilters('complaintsOpen'),
    ...boundFilters('reopenCount'),
    ...boundFilters('refundCount'),
    ...boundFilters('refundTotalMinor'),
    ...boundFilters('returnCount'),
    ...boundFilters('returnValueMinor'),
    ...isFilters('atRisk'),
  },
  sortable: [
    'customerId',
    'registeredAt',
    'lastContactAt',
    'lastComplaintAt',
    'contactsTotal',
    'complaintsTotal',
    'complaintsOpen',
    'reopenCount',
    'refundCount',
    'refundTotalMinor',
    'returnCount',
    'returnValueMinor',
    'lastEventPosition',
  ],
  defaultSort: 'customerId',
});
