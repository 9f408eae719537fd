import type { EventStore, StoredEvent } from '../port';
import type { AggregateOf, LoadedDecision, StreamDecisionSpec, StreamDecision, StreamFolder } from './types';

/**
 * Reads a stream and folds it: the one place `readStream -> decode/upcast -> evolve` is written,
 * for the command runner, the API's reads and the cross-stream contexts.
 */
export async function aggregateStream<S, Ev>(
  store: EventStore,
  streamId: string,
  { decider, codec }: StreamFolder<S, Ev>,
): Promise<AggregateOf<S>> {
  const read = await store.readStream(streamId);
  const state = foldStored(read.events, { decider, codec });
  return { state, version: read.currentVersion, exists: read.streamExists };
}

/** Decodes each stored event and folds it into the decider's state, in the order given. */
export function foldStored<S, Ev>(events: Iterable<StoredEvent>, { decider, codec }: StreamFolder<S, Ev>): S {
  let state = decider.initialState;
  for (const event of events) state = decider.evolve(state, codec.fromStored(event));
  return state;
}

/** Builds a streamDecision, keeping the decider's, command's and context's types tied together. */
export const streamDecision = <C, Ev, S, Ctx, Err>(
  spec: StreamDecisionSpec<C, Ev, S, Ctx, Err>,
): StreamDecision => ({
  streamId: spec.streamId,
  stream: spec.stream,
  load: async (store) => {
    const { state, version, exists } = await aggregateStream(store, spec.streamId, spec);
    return loaded(spec, state, version, exists);
  },
  fresh: () => loaded(spec, spec.decider.initialState, -1n, false),
});

function loaded<C, Ev, S, Ctx, Err>(
  spec: StreamDecisionSpec<C, Ev, S, Ctx, Err>,
  state: S,
  version: bigint,
  exists: boolean,
): LoadedDecision {
  return {
    exists,
    version,
    decide: async () => {
      const context = spec.context ? await spec.context(state) : undefined;
      const decision = spec.decider.decide(spec.command, state, context);
      if (decision._tag === 'Left') return decision;
      return { _tag: 'Right', right: decision.right.map((e) => spec.codec.toStored(e)) };
    },
  };
}
