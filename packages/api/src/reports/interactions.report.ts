import type { Direction, InteractionStatus } from '@casebook/domain';
import { CHANNELS } from './complaints.report';
import { boundFilters, column, defineList, inFilters, rangeFilters, valuesOf } from './list-spec';

const DIRECTIONS = valuesOf<Direction>({ inbound: true, outbound: true });
const STATUSES = valuesOf<InteractionStatus>({ queued: true, active: true, on_hold: true, ended: true });

/** `GET /reports/interactions`: one row per contact with its handling times (AHT inputs). */
export const interactionsReport = defineList({
  name: 'interactions',
  table: 'interactions',
  alias: 'i',
  key: 'interactionId',
  fields: {
    interactionId: column('interaction_id', 'text'),
    customerId: column('customer_id', 'text'),
    channel: column('channel', 'text', CHANNELS),
    direction: column('direction', 'text', DIRECTIONS),
    agentId: column('agent_id', 'text'),
    complaintId: column('complaint_id', 'text'),
    status: column('status', 'text', STATUSES),
    queuedAt: column('queued_at', 'instant'),
    acceptedAt: column('accepted_at', 'instant'),
    startedAt: column('started_at', 'instant'),
    endedAt: column('ended_at', 'instant'),
    talkSeconds: column('talk_seconds', 'int'),
    holdSeconds: column('hold_seconds', 'int'),
    wrapUpSeconds: column('wrap_up_seconds', 'int'),
    lastEventPosition: column('last_event_position', 'bigint'),
  },
  filters: {
    ...inFilters('interactionId', 'customerId', 'channel', 'direction', 'agentId', 'complaintId', 'status'),
    ...rangeFilters('queued', 'queuedAt'),
    ...rangeFilters('started', 'startedAt'),
    ...rangeFilters('ended', 'endedAt'),
    ...boundFilters('talkSeconds'),
    ...boundFilters('holdSeconds'),
    ...boundFilters('wrapUpSeconds'),
  },
  sortable: [
    'interactionId',
    'queuedAt',
    'startedAt',
    'endedAt',
    'talkSeconds',
    'holdSeconds',
    'wrapUpSeconds',
    'lastEventPosition',
  ],
  defaultSort: '-startedAt',
});
