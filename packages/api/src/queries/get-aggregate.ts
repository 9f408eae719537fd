import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import type { AggregateView } from './aggregate-view';

/** Ids end up in stream names; anything else cannot name a stored aggregate. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

export class GetAggregate {
  constructor(
    readonly view: AggregateView,
    readonly id: string,
  ) {}
}

export type AggregateSnapshot =
  { readonly found: false } | { readonly found: true; readonly state: unknown; readonly version: bigint };

/** Replays the aggregate's stream: the store is the source of truth, so reads are always current. */
@QueryHandler(GetAggregate)
export class GetAggregateHandler implements IQueryHandler<GetAggregate, AggregateSnapshot> {
  constructor(@Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig) {}

  async execute({ view, id }: GetAggregate): Promise<AggregateSnapshot> {
    if (!ID.test(id)) return { found: false };
    const read = await this.config.store.readStream(view.streamId(id));
    if (!read.streamExists) return { found: false };
    const state = read.events
      .map((e) => view.codec.fromStored(e))
      .reduce(view.decider.evolve, view.decider.initialState);
    return { found: true, state: view.toJson ? view.toJson(state) : state, version: read.currentVersion };
  }
}
