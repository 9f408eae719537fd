import type { EventStore, StoredEvent } from '../port';
import { foldStored } from './aggregate-stream';
import type { AggregateOf, StreamFolder } from './types';

/**
 * Which clock "as of" reads (DESIGN.md, Bitemporal): `recorded` is the store's clock, what the
 * system knew at the instant; `occurred` is the time the command says the fact happened, so a fact
 * recorded late (backdated) counts from when it happened.
 */
export type Timeline = 'recorded' | 'occurred';
export const TIMELINES: readonly Timeline[] = ['recorded', 'occurred'];

export interface AsOf {
  readonly at: Date;
  readonly timeline: Timeline;
}

/** A stream folded as of an instant: `version` is the position of the last event folded. */
export interface AggregateAsOf<S> extends AggregateOf<S> {
  /** How many of the stream's events counted by then. */
  readonly folded: number;
}

/**
 * The metadata's `occurredAt`, in ms. Every event the runner appends has one; an event written by
 * other means without a readable one counts as having occurred when it was recorded, which is the
 * latest it can have happened.
 */
export const occurredMs = (event: StoredEvent): number => {
  const ms = Date.parse(event.metadata.occurredAt);
  return Number.isNaN(ms) ? event.recordedAt.getTime() : ms;
};

/**
 * The events of one stream that count at `asOf`, in the order they fold: on the recorded
 * timeline the stream's own order; on the occurred timeline by occurrence, ties by position, so
 * a backdated fact folds before facts that happened after it even though it was appended later.
 */
export function eventsAsOf(events: readonly StoredEvent[], { at, timeline }: AsOf): StoredEvent[] {
  const limit = at.getTime();
  if (timeline === 'recorded') return events.filter((e) => e.recordedAt.getTime() <= limit);
  return events
    .filter((e) => occurredMs(e) <= limit)
    .sort((a, b) => occurredMs(a) - occurredMs(b) || Number(a.streamPosition - b.streamPosition));
}

/**
 * `aggregateStream` as of an instant: read the whole stream, keep what counts then, fold it.
 * `exists` is false when nothing had been recorded (or had happened) by then.
 */
export async function aggregateStreamAsOf<S, Ev>(
  store: EventStore,
  streamId: string,
  folder: StreamFolder<S, Ev>,
  asOf: AsOf,
): Promise<AggregateAsOf<S>> {
  const read = await store.readStream(streamId);
  const counted = eventsAsOf(read.events, asOf);
  const state = foldStored(counted, folder);
  const last = counted.at(-1);
  return { state, version: last?.streamPosition ?? -1n, exists: last !== undefined, folded: counted.length };
}
