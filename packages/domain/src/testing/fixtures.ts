import type { ActorKind, CommandMetadata } from '../shared/actor';
import type { ActorId } from '../shared/ids';
import type { Instant } from '../shared/instant';

/** An instant literal for tests (not validated: use the `Instant` codec for input). */
export const at = (iso: string): Instant => iso as Instant;

/** An actor id literal for tests. */
export const actorId = (id: string): ActorId => id as ActorId;

/** Command metadata: who acts and when. */
export const meta = (now: string, kind: ActorKind = 'agent', id = 'agent-1'): CommandMetadata => ({
  now: at(now),
  actor: { kind, id: actorId(id) },
});
