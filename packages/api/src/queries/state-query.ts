import { Inject, type Type } from '@nestjs/common';
import { QueryHandler, type IQuery, type IQueryHandler } from '@nestjs/cqrs';
import type { Aggregate, DomainError } from '@casebook/domain';
import type * as t from 'io-ts';
import { aggregateStream, aggregateStreamAsOf, type AsOf } from '@casebook/event-store';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';

export type StateSnapshot =
  { readonly found: false } | { readonly found: true; readonly state: unknown; readonly version: bigint };

/** A query for one aggregate's state, by the id in the path: current, or as of an instant. */
export interface StateQuery extends IQuery {
  readonly id: string;
  readonly asOf?: AsOf;
}

/** One aggregate's `Get<Name>` query and its handler, registered with the query bus by class. */
export interface StateQueryPair {
  /** The aggregate's id codec: the gateway decodes the path's id with it before any read. */
  readonly id: t.Decoder<unknown, unknown>;
  readonly query: new (id: string, asOf?: AsOf) => StateQuery;
  readonly handler: Type;
}

const capitalised = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/**
 * `Get<Name>` (e.g. `GetComplaint`) replays the aggregate's stream: the store is the source of
 * truth, so reads are always current. An id its codec refuses cannot name a stream: not found.
 * With `asOf` it folds only what counted at that instant on that timeline; nothing then is not
 * found, as the resource did not exist yet.
 */
export function stateQuery<Id, C extends { readonly type: string }, Ev, S, Ctx, Err extends DomainError>(
  aggregate: Aggregate<Id, C, Ev, S, Ctx, Err>,
): StateQueryPair {
  class GetState implements StateQuery {
    constructor(
      readonly id: string,
      readonly asOf?: AsOf,
    ) {}
  }
  Object.defineProperty(GetState, 'name', { value: `Get${capitalised(aggregate.name)}` });

  @QueryHandler(GetState)
  class GetStateHandler implements IQueryHandler<GetState, StateSnapshot> {
    constructor(@Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig) {}

    async execute({ id, asOf }: GetState): Promise<StateSnapshot> {
      const decoded = aggregate.id.decode(id);
      if (decoded._tag === 'Left') return { found: false };
      const fold = { decider: aggregate.decider, codec: aggregate.events };
      const streamId = aggregate.streamId(decoded.right);
      const read = asOf
        ? await aggregateStreamAsOf(this.config.store, streamId, fold, asOf)
        : await aggregateStream(this.config.store, streamId, fold);
      return read.exists ? { found: true, state: read.state, version: read.version } : { found: false };
    }
  }
  Object.defineProperty(GetStateHandler, 'name', { value: `Get${capitalised(aggregate.name)}Handler` });
  return { id: aggregate.id, query: GetState, handler: GetStateHandler };
}
