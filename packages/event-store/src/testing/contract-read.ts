import type { EventStore } from '../port';
import { anEvent, events, streamId } from './fixtures';

export function readContract(store: () => EventStore): void {
  describe('readStream', () => {
    let id: string;
    beforeAll(async () => {
      id = streamId();
      await store().appendToStream(id, events(10));
    });
    const positions = async (options: Parameters<EventStore['readStream']>[1]) =>
      (await store().readStream(id, options)).events.map((e) => Number(e.streamPosition));

    it('reads forwards by default', async () => {
      expect(await positions({})).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });
    it('reads forwards from a position, at most maxCount', async () => {
      expect(await positions({ from: 4n, maxCount: 3 })).toEqual([4, 5, 6]);
    });
    it('reads backwards from the end and from a position', async () => {
      expect(await positions({ direction: 'backwards', maxCount: 3 })).toEqual([9, 8, 7]);
      expect(await positions({ direction: 'backwards', from: 2n })).toEqual([2, 1, 0]);
    });
    it('tells a missing stream from an empty page', async () => {
      expect(await store().readStream(streamId())).toEqual({
        streamExists: false,
        currentVersion: -1n,
        events: [],
      });
      expect(await store().readStream(id, { from: 50n })).toEqual({
        streamExists: true,
        currentVersion: 9n,
        events: [],
      });
    });
  });

  describe('readAll', () => {
    const prefix = streamId('all');
    beforeAll(async () => {
      for (let i = 0; i < 5; i++) {
        await store().appendToStream(`${prefix}-a${i}`, [anEvent('Alpha'), anEvent('Beta')]);
        await store().appendToStream(`${prefix}-b${i}`, [anEvent('Gamma')]);
      }
    });

    it('pages through the log in strictly increasing global order, each event once', async () => {
      const seen: bigint[] = [];
      let after = 0n;
      for (;;) {
        const page = await store().readAll({ after, maxCount: 4, streamPrefix: prefix });
        seen.push(...page.events.map((e) => e.globalPosition));
        if (page.events.length === 0) break;
        after = page.lastPosition;
      }
      expect(seen).toHaveLength(15);
      expect(seen.every((p, i) => i === 0 || p > seen[i - 1]!)).toBe(true);
    });

    it('filters by stream prefix and by event type', async () => {
      const byPrefix = await store().readAll({ streamPrefix: `${prefix}-b` });
      expect(byPrefix.events.map((e) => e.type)).toEqual(Array(5).fill('Gamma'));
      const byType = await store().readAll({ streamPrefix: prefix, eventTypes: ['Beta', 'Gamma'] });
      expect(byType.events.filter((e) => e.type === 'Beta')).toHaveLength(5);
      expect(byType.events).toHaveLength(10);
    });

    it('reports how far a filtered read looked, so the next read does not rescan', async () => {
      const page = await store().readAll({ streamPrefix: `${prefix}-zzz` });
      expect(page.events).toEqual([]);
      expect(page.lastPosition).toBe(await store().headPosition());
    });

    it('treats wildcard characters in a prefix literally', async () => {
      await store().appendToStream(`${prefix}_%x`, [anEvent()]);
      expect((await store().readAll({ streamPrefix: `${prefix}_%` })).events).toHaveLength(1);
      expect((await store().readAll({ streamPrefix: `${prefix}%` })).events).toHaveLength(0);
    });
  });
}
