import { randomUUID } from 'node:crypto';
import { InMemoryEventStore } from '../memory/in-memory-event-store';
import type { StoredEvent } from '../port';
import { aggregateStreamAsOf } from './aggregate-as-of';

/** A fold that remembers the order it saw: the state is the list of event labels. */
const folder = {
  decider: { initialState: [] as string[], evolve: (s: string[], e: string) => [...s, e] },
  codec: { fromStored: (e: StoredEvent) => (e.data as { label: string }).label },
};
const actor = { kind: 'agent' as const, id: 'a1' };

/** Recorded at `recorded` (the store's clock), occurred at `occurred` (the command's). */
async function given(facts: ReadonlyArray<readonly [label: string, recorded: string, occurred: string]>) {
  let now = new Date(0);
  const store = new InMemoryEventStore(() => now);
  for (const [label, recorded, occurred] of facts) {
    now = new Date(recorded);
    await store.appendToStream('s-1', [
      {
        eventId: randomUUID(),
        type: 'Happened',
        data: { label },
        metadata: { actor, correlationId: 'c', causationId: 'k', occurredAt: occurred },
      },
    ]);
  }
  return store;
}

// `late` was recorded on the 5th but happened on the 2nd: a backdated fact.
const facts = [
  ['filed', '2024-03-01T09:00:00.000Z', '2024-03-01T09:00:00.000Z'],
  ['acknowledged', '2024-03-04T09:00:00.000Z', '2024-03-04T09:00:00.000Z'],
  ['late', '2024-03-05T09:00:00.000Z', '2024-03-02T09:00:00.000Z'],
] as const;
const at = (instant: string, timeline: 'recorded' | 'occurred') => ({ at: new Date(instant), timeline });

describe('aggregateStreamAsOf', () => {
  it('recorded: folds what the store held at the instant, inclusive, in stream order', async () => {
    const store = await given(facts);
    const r = await aggregateStreamAsOf(store, 's-1', folder, at('2024-03-04T09:00:00.000Z', 'recorded'));
    expect(r).toEqual({ state: ['filed', 'acknowledged'], version: 1n, exists: true, folded: 2 });
  });

  it('occurred: a backdated fact counts from when it happened, folded in occurrence order', async () => {
    const store = await given(facts);
    const before = await aggregateStreamAsOf(store, 's-1', folder, at('2024-03-03T00:00:00Z', 'occurred'));
    expect(before).toEqual({ state: ['filed', 'late'], version: 2n, exists: true, folded: 2 });
    const all = await aggregateStreamAsOf(store, 's-1', folder, at('2024-03-06T00:00:00Z', 'occurred'));
    expect(all.state).toEqual(['filed', 'late', 'acknowledged']);
    expect(all.version).toBe(1n);
    // On the recorded timeline the same instant did not yet know of it.
    const known = await aggregateStreamAsOf(store, 's-1', folder, at('2024-03-03T00:00:00Z', 'recorded'));
    expect(known.state).toEqual(['filed']);
  });

  it('before the first event, or on a missing stream: nothing exists', async () => {
    const store = await given(facts);
    for (const timeline of ['recorded', 'occurred'] as const) {
      const r = await aggregateStreamAsOf(store, 's-1', folder, at('2024-03-01T08:59:59.999Z', timeline));
      expect(r).toEqual({ state: [], version: -1n, exists: false, folded: 0 });
    }
    const missing = await aggregateStreamAsOf(store, 's-2', folder, at('2030-01-01T00:00:00Z', 'recorded'));
    expect(missing.exists).toBe(false);
  });
});
