import type { EventStore, StreamAppend } from '@casebook/event-store';
import { Plot, seeded, type Step } from './plot';
import { customerStory } from './story';

export interface MixOptions {
  /** Events to append, exactly. */
  readonly events: number;
  /** Stories unfolding at once: each batch takes one step of each, so streams interleave. */
  readonly concurrentStories?: number;
  /** Makes ids unique when several mixes share a database. */
  readonly idPrefix?: string;
  readonly seed?: number;
}

export interface MixSummary {
  readonly events: number;
  readonly customers: number;
  readonly byType: ReadonlyMap<string, number>;
}

const eventsIn = (step: Step): number => step.reduce((n, a) => n + a.events.length, 0);

/**
 * Appends a realistic mix of domain events: customers' stories (contacts, complaints, refunds,
 * escalations) interleaved as they would be in a live log, so a complaint's events lie far apart
 * and a page touches many rows. Big multi-stream appends keep generation fast; only the stories
 * in flight are held in memory, so the process stays small before the benchmark measures it.
 */
export async function appendMix(store: EventStore, o: MixOptions): Promise<MixSummary> {
  const rand = seeded(o.seed ?? 1);
  const stories: Step[][] = [];
  const byType = new Map<string, number>();
  let customers = 0;
  let appended = 0;
  const newStory = () => {
    // Customers arrive a minute apart; a story's steps follow minutes to hours later.
    const plot = new Plot(rand, Date.UTC(2026, 0, 1) + customers * 60_000);
    stories.unshift(customerStory(plot, `${o.idPrefix ?? 'cus'}-${customers++}`));
  };
  while (appended < o.events) {
    while (stories.length < (o.concurrentStories ?? 1000)) newStory();
    let batch = nextBatch(stories, o.events - appended);
    // At the very end no story's next step may fit: a new story's first step (one event) does.
    if (batch.length === 0) newStory();
    if (batch.length === 0) batch = nextBatch(stories, o.events - appended);
    for (const a of batch) for (const e of a.events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    appended += batch.reduce((n, a) => n + a.events.length, 0);
    await store.appendToStreams(batch);
  }
  return { events: appended, customers, byType };
}

/** One step of each story in flight, at most `room` events; finished stories leave the list. */
function nextBatch(stories: Step[][], room: number): StreamAppend[] {
  const batch: StreamAppend[] = [];
  let size = 0;
  for (let i = 0; i < stories.length;) {
    const step = stories[i]![0]!;
    if (size + eventsIn(step) > room) {
      i++;
      continue;
    }
    batch.push(...step);
    size += eventsIn(step);
    stories[i]!.shift();
    if (stories[i]!.length === 0) stories.splice(i, 1);
    else i++;
  }
  return batch;
}
