import { defineAggregate } from '../shared/aggregate';
import type { Decider } from '../shared/decider';
import { storedEventCodec } from '../upcast/stored';
import { InteractionId } from '../shared/ids';
import { interactionCommandCodec, interactionCommandPayloads, type InteractionCommand } from './commands';
import { decideInteraction } from './decide';
import type { InteractionError } from './errors';
import { interactionEventPayloads, type InteractionEvent } from './events';
import { evolveInteraction } from './evolve';
import { initialInteractionState, type InteractionState } from './state';

export * from './codecs';
export * from './commands';
export * from './errors';
export * from './events';
export * from './state';
export { decideInteraction } from './decide';
export { evolveInteraction } from './evolve';

/** `interaction-<id>`: the stream of one contact. */
export const interactionStreamId = (id: InteractionId): `interaction-${string}` => `interaction-${id}`;

/** The interaction decider; its commands need no context. */
export const interactionDecider: Decider<
  InteractionCommand,
  InteractionEvent,
  InteractionState,
  undefined,
  InteractionError
> = {
  decide: decideInteraction,
  evolve: evolveInteraction,
  initialState: initialInteractionState,
};

/** Interactions, whole: ids, streams, stored events, commands and the decider. */
export const interactionAggregate = defineAggregate({
  name: 'interaction',
  id: InteractionId,
  streamId: interactionStreamId,
  idOf: (command) => command.data.interactionId,
  decider: interactionDecider,
  events: storedEventCodec(interactionEventPayloads),
  commands: interactionCommandCodec,
  payloads: interactionCommandPayloads,
  opening: ['StartInteraction', 'QueueInteraction'],
});
