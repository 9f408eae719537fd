import { verifyAll, verifyStream } from '../chain/verify';
import type { EventStore } from '../port';
import { chainExample as ex } from './chain-example';
import { anEvent, events, streamId } from './fixtures';

/** The hash chain: same bytes on every adapter, and a clean store verifies. */
export function chainContract(store: () => EventStore): void {
  describe('hash chain', () => {
    it('gives the worked example its documented hashes, within one append and across appends', async () => {
      await store().appendToStream(ex.streamId, ex.events.slice(0, 2), { expectedVersion: 'no_stream' });
      await store().appendToStream(ex.streamId, ex.events.slice(2), { expectedVersion: 1n });
      const read = await store().readStream(ex.streamId);
      expect(read.events.map((e) => e.hash)).toEqual(ex.hashes);
      // A retry answers the first result and leaves the chain as it was.
      const again = await store().appendToStream(ex.streamId, ex.events.slice(0, 2), {
        expectedVersion: 'no_stream',
      });
      expect(again.nextExpectedVersion).toBe(1n);
      expect((await store().readStream(ex.streamId)).events.map((e) => e.hash)).toEqual(ex.hashes);
    });

    it('chains every stream of an atomic multi-stream append from its own head', async () => {
      const [a, b] = [streamId('chain-a'), streamId('chain-b')];
      await store().appendToStream(a, events(2));
      await store().appendToStreams([
        { streamId: a, events: events(2), expectedVersion: 1n },
        { streamId: b, events: events(3), expectedVersion: 'no_stream' },
      ]);
      expect(await verifyStream(store(), a)).toEqual({ streamId: a, events: 4, ok: true });
      expect(await verifyStream(store(), b)).toEqual({ streamId: b, events: 3, ok: true });
    });

    it('the same events in another stream get other hashes (the stream id is covered)', async () => {
      const e = anEvent();
      const [a, b] = [streamId('chain-c'), streamId('chain-d')];
      await store().appendToStream(a, [e]);
      await store().appendToStream(b, [{ ...e, eventId: anEvent().eventId }]);
      const [ha, hb] = await Promise.all(
        [a, b].map(async (s) => (await store().readStream(s)).events[0]!.hash),
      );
      expect(ha).toMatch(/^[0-9a-f]{64}$/);
      expect(ha).not.toBe(hb);
    });

    it('verifies the whole log of a store nobody tampered with', async () => {
      const s = streamId('chain-all');
      for (let i = 0; i < 5; i++) await store().appendToStream(s, events(3));
      const result = await verifyAll(store(), { pageSize: 7 });
      expect(result).toMatchObject({ ok: true, broken: [] });
      expect(result.events).toBeGreaterThanOrEqual(15);
      expect(await verifyStream(store(), 'never-written')).toBeUndefined();
    });
  });
}
