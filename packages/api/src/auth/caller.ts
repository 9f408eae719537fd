import type { Actor } from '@casebook/event-store';
import type { Role } from './jwt';

/** The authenticated caller of one request, and the actor its events record. */
export interface Caller {
  readonly sub: string;
  readonly roles: readonly Role[];
  /** Recorded in every event's metadata: who did it, and for whom when a service acts. */
  readonly actor: Actor;
  /** The actor the domain's rules apply to: the named agent when a service acts for one. */
  readonly domainActor: {
    readonly kind: 'agent' | 'supervisor' | 'admin' | 'service' | 'auditor' | 'analyst' | 'warehouse';
    readonly id: string;
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller;
  }
}

/** The strongest role decides which kind of actor the events record. */
const PRECEDENCE: readonly Role[] = [
  'admin',
  'supervisor',
  'agent',
  'warehouse',
  'service',
  'auditor',
  'analyst',
];

export const primaryRole = (roles: readonly Role[]): Role =>
  PRECEDENCE.find((r) => roles.includes(r)) ?? 'analyst';
