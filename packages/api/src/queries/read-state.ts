import type { EventStore } from '@casebook/event-store';
import type { AggregateView } from './aggregate-view';

/** Folds one aggregate's stream; `undefined` when the stream does not exist. Used by command contexts. */
export async function readState<S>(
  store: EventStore,
  view: AggregateView,
  id: string,
): Promise<S | undefined> {
  const read = await store.readStream(view.streamId(id));
  if (!read.streamExists) return undefined;
  return read.events
    .map((e) => view.codec.fromStored(e))
    .reduce(view.decider.evolve, view.decider.initialState) as S;
}
