import { CHANNELS, DIRECTIONS, INTERACTION_STATUSES } from '../reporting/domain-values';
import {
  boundFilters,
  columnFields,
  defineList,
  inFilters,
  rangeFilters,
} from '../reporting/lists/list-spec';
import { interactionsTable } from './interaction.entity';

/** `/reports/interactions`: one row per contact with its handling times (AHT inputs). */
export const interactionsReport = defineList({
  name: 'interactions',
  table: interactionsTable.name,
  alias: 'i',
  key: interactionsTable.key,
  fields: columnFields(interactionsTable, {
    channel: CHANNELS,
    direction: DIRECTIONS,
    status: INTERACTION_STATUSES,
  }),
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
