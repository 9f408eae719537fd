import type { EventStore, Step } from '@casebook/event-store';
import type { ApprovalLimits, BusinessCalendar } from '@casebook/domain';
import type * as t from 'io-ts';
import type { Role } from '../auth/jwt';

/** The domain's command envelope: the API fills `metadata` from the clock and the caller. */
export interface DomainCommand {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: { readonly now: string; readonly actor: { readonly kind: string; readonly id: string } };
}

export interface PlanDeps {
  readonly store: EventStore;
  readonly approvalLimits: ApprovalLimits;
  /** The business calendar closing rules use (default: office hours in Europe/London). */
  readonly calendar?: BusinessCalendar;
  /** Folds another aggregate's stream (`refunds`, `escalations`, ...); `undefined` when it does not exist. */
  readonly readState: (resource: string, id: string) => Promise<unknown>;
}

/**
 * One `POST` route, as data: the controllers, the role check, the OpenAPI document and the docs
 * all read the same table, so they cannot disagree.
 */
export interface CommandRoute {
  /** Path prefix of the resource the route is under, e.g. `complaints`. */
  readonly resource: string;
  /** Kebab-case segment after `/{id}/`; absent for `POST /<resource>`. */
  readonly action?: string;
  /** The domain command type, e.g. `AssignComplaint`. */
  readonly type: string;
  readonly payload: t.Type<unknown, unknown, unknown>;
  /** The payload field the path's `{id}` fills. */
  readonly pathId?: string;
  /** For routes that create: the payload field holding the new id (made up when omitted) and where it lives. */
  readonly creates?: { readonly field: string; readonly resource: string };
  readonly roles: readonly Role[];
  readonly summary: string;
  /** The streams to decide on: the first one's version is the answer's ETag. */
  readonly plan: (command: DomainCommand, deps: PlanDeps) => readonly [Step, ...Step[]];
}
