import type { ICommand } from '@nestjs/cqrs';
import type { FieldError } from '@casebook/domain';
import type * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import type { Caller } from '../auth/caller';
import type { Role } from '../auth/jwt';

/** Who asked and how: what the events' envelope and the concurrency check need. */
export interface CommandRequest {
  readonly caller: Caller;
  readonly correlationId: string;
  /** The request's own id: the events it causes point back to it. */
  readonly causationId: string;
  readonly channel?: string;
  readonly ifMatch?: bigint;
  readonly idempotencyKey?: string;
}

/** The command's metadata as the API fills it: the clock and the caller. */
export interface CallerMetadata {
  readonly now: string;
  readonly actor: { readonly kind: string; readonly id: string };
}

/**
 * One `POST` route, as data: the controllers, the role check, the OpenAPI document and the docs
 * all read the same table, so they cannot disagree. Built by `commandRoutes`, which keeps the
 * aggregate's command type inside `toMessage`.
 */
export interface CommandRoute {
  /** Path prefix of the resource the route is under, e.g. `complaints`. */
  readonly resource: string;
  /** Kebab-case segment after `/{id}/`; absent for `POST /<resource>`. */
  readonly action?: string;
  /** The domain command type, e.g. `AssignComplaint`. */
  readonly type: string;
  readonly payload: t.Mixed;
  /** The payload field the path's `{id}` fills. */
  readonly pathId?: string;
  /** For routes that create: the payload field holding the new id (made up when omitted) and where it lives. */
  readonly creates?: { readonly field: string; readonly resource: string };
  readonly roles: readonly Role[];
  readonly summary: string;
  /** The body as the aggregate's command, in the message its command handler takes. */
  readonly toMessage: (
    data: Record<string, unknown>,
    metadata: CallerMetadata,
    request: CommandRequest,
  ) => E.Either<ReadonlyArray<FieldError>, ICommand>;
}
