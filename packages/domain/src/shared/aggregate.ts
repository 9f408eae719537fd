import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import type * as t from 'io-ts';
import type { StoredEventCodec } from '../upcast/stored';
import type { Decider } from './decider';
import { reportErrors, type FieldError } from './decode';
import type { DomainError } from './errors';

/**
 * One kind of aggregate, whole: how its ids and streams are named, how its stored events read,
 * how its commands decode, which commands open a stream, and its decider. The API and the
 * process managers issue commands through it; readers fold its streams with it.
 */
export interface Aggregate<Id, C extends { readonly type: string }, Ev, S, Ctx, Err extends DomainError> {
  /** Singular, as people say it: `complaint`. */
  readonly name: string;
  readonly id: t.Type<Id, string, unknown>;
  readonly streamId: (id: Id) => string;
  /** The stream a command is addressed to. */
  readonly idOf: (command: C) => Id;
  readonly decider: Decider<C, Ev, S, Ctx, Err>;
  readonly events: StoredEventCodec<Ev>;
  /** The command union, metadata included. */
  readonly commands: t.Type<C, unknown, unknown>;
  /** Each command's payload codec, by command type: what an API document shows. */
  readonly payloads: { readonly [K in C['type']]: t.Mixed };
  /** Commands that start a stream: on an existing one they are refused, the others need one. */
  readonly opening: ReadonlyArray<C['type']>;
}

/** Declares an aggregate, its type parameters inferred from its decider, codecs and id. */
export const defineAggregate = <Id, C extends { readonly type: string }, Ev, S, Ctx, Err extends DomainError>(
  aggregate: Aggregate<Id, C, Ev, S, Ctx, Err>,
): Aggregate<Id, C, Ev, S, Ctx, Err> => aggregate;

/**
 * Decodes `data` as the payload of command `type`, with the caller's metadata, through the
 * command union: the command, or field errors named as the client sent them (`amount.minor`;
 * `metadata.actor.id` when the caller's identity cannot be recorded as an actor).
 */
export const decodeCommand = <C>(
  commands: t.Type<C, unknown, unknown>,
  type: string,
  data: unknown,
  metadata: { readonly now: string; readonly actor: { readonly kind: string; readonly id: string } },
): E.Either<ReadonlyArray<FieldError>, C> =>
  pipe(
    commands.decode({ type, data, metadata }),
    E.mapLeft(reportErrors),
    E.mapLeft((errors) =>
      errors.map(({ path, reason }) => ({ path: path.replace(/^data(\.|$)/, '') || '(root)', reason })),
    ),
  );
