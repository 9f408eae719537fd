import type { Decider } from '../shared/decider';
import type { EscalationId } from '../shared/ids';
import type { EscalationCommand } from './commands';
import type { EscalationContext } from './context';
import { decideEscalation } from './decide';
import type { EscalationError } from './errors';
import type { EscalationEvent } from './events';
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
