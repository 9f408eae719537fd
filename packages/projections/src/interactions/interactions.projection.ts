import { stringField } from '../read-models/decode';
import type { Projection } from '../runner/projection';
import { evolveInteractionRow } from './evolve';
import { interactionsTable, type InteractionRow } from './interaction.entity';

export const interactionEventTypes = [
  'InteractionQueued',
  'InteractionAccepted',
  'InteractionStarted',
  'InteractionPutOnHold',
  'InteractionResumed',
  'InteractionLinkedToComplaint',
  'InteractionEnded',
] as const;

/** One row per contact: `interactions`. Every interaction event names its interaction. */
export const interactionsProjection: Projection<InteractionRow> = {
  name: 'interactions',
  eventTypes: interactionEventTypes,
  table: interactionsTable,
  keyOf: (event) => stringField(event, 'interactionId'),
  evolve: (row, event) => evolveInteractionRow(row, event),
};
