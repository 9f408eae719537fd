import { atRiskSql } from '@casebook/projections';
import { CHANNELS, RATINGS } from './complaints.report';
import {
  boundFilters,
  column,
  computed,
  defineList,
  inFilters,
  isFilters,
  rangeFilters,
  type FieldSpec,
} from './list-spec';

/** `contactsPhone: contacts_phone`, ... one count per channel. */
const contactCounts: Record<string, FieldSpec> = Object.fromEntries(
  CHANNELS.map((ch) => [
    `contacts${ch.replace(/(^|_)(.)/g, (_, _u, c: string) => c.toUpperCase())}`,
    column(`contacts_${ch}`, 'int'),
  ]),
);

/**
 * `GET /reports/customers`: the customer 360 (counts and instants, no personal data), with
 * `atRisk` decided at the request's instant.
 */
export const customersReport = defineList({
  name: 'customers',
  table: 'customer_360',
  alias: 'cu',
  key: 'customerId',
  fields: {
    customerId: column('customer_id', 'text'),
    registeredAt: column('registered_at', 'instant'),
    contactsTotal: column('contacts_total', 'int'),
    ...contactCounts,
    lastContactAt: column('last_contact_at', 'instant'),
    complaintsTotal: column('complaints_total', 'int'),
    complaintsOpen: column('complaints_open', 'int'),
    lastComplaintAt: column('last_complaint_at', 'instant'),
    previousComplaintAt: column('previous_complaint_at', 'instant'),
    reopenCount: column('reopen_count', 'int'),
    refundCount: column('refund_count', 'int'),
    refundTotalMinor: column('refund_total_minor', 'bigint'),
    refundCurrency: column('refund_currency', 'text'),
    latestSatisfaction: column('latest_satisfaction', 'text', RATINGS),
    latestSatisfactionAt: column('latest_satisfaction_at', 'instant'),
    atRisk: computed('boolean', (cu, now) => atRiskSql(cu, now())),
    lastEventPosition: column('last_event_position', 'bigint'),
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
    'lastEventPosition',
  ],
  defaultSort: 'customerId',
});
