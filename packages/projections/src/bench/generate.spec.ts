import { upcast } from '@casebook/domain';
import { InMemoryEventStore } from '@casebook/event-store';
import { foldAll, projections } from '../index';
import { appendMix } from './generate';

describe('appendMix', () => {
  it('appends exactly the events asked for, every one readable by the domain codecs', async () => {
    const store = new InMemoryEventStore();
    const summary = await appendMix(store, { events: 3_001, concurrentStories: 50 });
    const { events } = await store.readAll({ maxCount: 10_000 });
    expect(events).toHaveLength(3_001);
    expect(summary.events).toBe(3_001);
    const unreadable = events.filter((e) => upcast(e.type, e.schemaVersion, e.data)._tag === 'Left');
    expect(unreadable.map((e) => e.type)).toEqual([]);
    for (const p of projections) {
      const read = events.filter((e) => p.eventTypes.includes(e.type));
      expect(foldAll(p, read).size).toBeGreaterThan(0);
    }
  });

  it('covers the whole domain, with streams interleaved as in a live log', async () => {
    const store = new InMemoryEventStore();
    const summary = await appendMix(store, { events: 5_000, concurrentStories: 100 });
    for (const type of [
      'CustomerRegistered',
      'InteractionEnded',
      'ComplaintFiled',
      'ComplaintTransferred',
      'CustomerReplyRecorded',
      'RefundLinked',
      'RefundSettled',
      'EscalationLinked',
      'ReturnLinked',
      'ReturnClosed',
      'ComplaintClosed',
      'SatisfactionRated',
    ]) {
      expect(summary.byType.get(type) ?? 0).toBeGreaterThan(0);
    }
    const { events } = await store.readAll({ maxCount: 200 });
    expect(new Set(events.slice(100).map((e) => e.streamId)).size).toBeGreaterThan(50);
  });
});
