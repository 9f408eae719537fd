import * as t from 'io-ts';
import { commandPayload } from './codec';
import { ActorId } from './ids';
import { Instant } from './instant';
import { oneOf } from './primitives';

/** Who acts. Mirrors the JWT roles the API issues. */
export const ActorKind = oneOf(
  ['agent', 'supervisor', 'customer', 'system', 'service', 'auditor', 'analyst', 'admin', 'warehouse'],
  'ActorKind',
);
export type ActorKind = t.TypeOf<typeof ActorKind>;

export const Actor = commandPayload('Actor', { kind: ActorKind, id: ActorId });
export type Actor = t.TypeOf<typeof Actor>;

/**
 * What the caller supplies with every command: the request time and the authenticated actor.
 * The domain never reads a clock, so `now` is the only source of time in decisions.
 */
export const CommandMetadata = commandPayload('CommandMetadata', { now: Instant, actor: Actor });
export type CommandMetadata = t.TypeOf<typeof CommandMetadata>;

/** Supervisors and admins may do what needs a supervisor. */
export const isSupervisor = (actor: Actor): boolean => actor.kind === 'supervisor' || actor.kind === 'admin';
