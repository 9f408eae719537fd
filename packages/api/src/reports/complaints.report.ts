import type { Channel, ComplaintStatus, Priority, Regime, SatisfactionRating } from '@casebook/domain';
import { anyBreachSql, breachedSql, type SlaMilestoneName } from '@casebook/projections';
import {
  boundFilters,
  column,
  computed,
  defineList,
  inFilters,
  isFilters,
  rangeFilters,
  valuesOf,
} from './list-spec';

export const COMPLAINT_STATUSES = valuesOf<ComplaintStatus>({
  open: true,
  awaiting_customer: true,
  on_hold: true,
  resolved: true,
  closed: true,
});
export const CHANNELS = valuesOf<Channel>({
  phone: true,
  email: true,
  chat: true,
  sms: true,
  social: true,
  fax: true,
  mail: true,
  in_person: true,
  web: true,
});
const PRIORITIES = valuesOf<Priority>({ low: true, medium: true, high: true, urgent: true });
const REGIMES = valuesOf<Regime>({ FCA_DISP: true, CFPB: true, NONE: true });
export const RATINGS = valuesOf<SatisfactionRating>({ good: true, bad: true });

/** Breached at the request's instant: decided at query time, since no event marks a deadline passing. */
const breached = (milestone: SlaMilestoneName) =>
  computed('boolean', (c, now) => breachedSql(milestone, c, now()));

/** `GET /reports/complaints`: one row per complaint, with its SLA breaches as of now. */
export const complaintsReport = defineList({
  name: 'complaints',
  table: 'complaints',
  alias: 'c',
  key: 'complaintId',
  fields: {
    complaintId: column('complaint_id', 'text'),
    customerId: column('customer_id', 'text'),
    status: column('status', 'text', COMPLAINT_STATUSES),
    ownerId: column('owner_id', 'text'),
    team: column('team', 'text'),
    channel: column('channel', 'text', CHANNELS),
    category: column('category', 'text'),
    priority: column('priority', 'text', PRIORITIES),
    regime: column('regime', 'text', REGIMES),
    filedAt: column('filed_at', 'instant'),
    acknowledgedAt: column('acknowledged_at', 'instant'),
    firstResponseAt: column('first_response_at', 'instant'),
    finalResponseAt: column('final_response_at', 'instant'),
    resolvedAt: column('resolved_at', 'instant'),
    firstResolvedAt: column('first_resolved_at', 'instant'),
    closedAt: column('closed_at', 'instant'),
    escalationCount: column('escalation_count', 'int'),
    escalationLevel: column('escalation_level', 'int'),
    refundCount: column('refund_count', 'int'),
    refundTotalMinor: column('refund_total_minor', 'bigint'),
    refundCurrency: column('refund_currency', 'text'),
    reopenCount: column('reopen_count', 'int'),
    transferCount: column('transfer_count', 'int'),
    satisfaction: column('satisfaction', 'text', RATINGS),
    satisfactionAt: column('satisfaction_at', 'instant'),
    firstResponseDueAt: column('first_response_due_at', 'instant'),
    finalResponseDueAt: column('final_response_due_at', 'instant'),
    resolutionDueAt: column('resolution_due_at', 'instant'),
    summaryResolutionDueAt: column('summary_resolution_due_at', 'instant'),
    firstResponseBreached: breached('first_response'),
    finalResponseBreached: breached('final_response'),
    resolutionBreached: breached('resolution'),
    breached: computed('boolean', (c, now) => anyBreachSql(c, now())),
    lastEventPosition: column('last_event_position', 'bigint'),
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
