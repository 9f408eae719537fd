import { defineAggregate } from '../shared/aggregate';
import type { Decider } from '../shared/decider';
import { storedEventCodec } from '../upcast/stored';
import { EscalationId } from '../shared/ids';
import { escalationCommandCodec, escalationCommandPayloads, type EscalationCommand } from './commands';
import type { EscalationContext } from './context';
import { decideEscalation } from './decide';
import type { EscalationError } from './errors';
import { escalationEventPayloads, type EscalationEvent } from './events';
import { evolveEscalation } from './evolve';
import { initialEscalationState, type EscalationState } from './state';

export * from './codecs';
export * from './commands';
export * from './context';
export * from './errors';
export * from './events';
export * from './state';
export { decideEscalation } from './decide';
export { evolveEscalation } from './evolve';

/** `escalation-<id>`: the stream of one escalation. */
export const escalationStreamId = (id: EscalationId): `escalation-${string}` => `escalation-${id}`;

/** The escalation decider. */
export const escalationDecider: Decider<
  EscalationCommand,
  EscalationEvent,
  EscalationState,
  EscalationContext,
  EscalationError
> = {
  decide: decideEscalation,
  evolve: evolveEscalation,
  initialState: initialEscalationState,
};

/** Escalations, whole: ids, streams, stored events, commands and the decider. */
export const escalationAggregate = defineAggregate({
  name: 'escalation',
  id: EscalationId,
  streamId: escalationStreamId,
  idOf: (command) => command.data.escalationId,
  decider: escalationDecider,
  events: storedEventCodec(escalationEventPayloads),
  commands: escalationCommandCodec,
  payloads: escalationCommandPayloads,
  opening: ['RaiseEscalation'],
});
