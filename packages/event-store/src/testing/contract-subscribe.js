'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.subscriptionContract = subscriptionContract;
const fixtures_1 = require('./fixtures');
function subscriptionContract(store) {
  describe('subscribeToAll', () => {
    it('catches up, then goes live, with no gap and no duplicate', async () => {
      const prefix = (0, fixtures_1.streamId)('sub');
      await store().appendToStream(`${prefix}-1`, (0, fixtures_1.events)(5));
      const sub = store().subscribeToAll({
        filter: { streamPrefix: prefix },
        pageSize: 2,
        pollIntervalMs: 50,
      });
      const caughtUp = await (0, fixtures_1.take)(sub, 5);
      const writing = (async () => {
        for (let i = 2; i <= 4; i++)
          await store().appendToStream(`${prefix}-${i}`, (0, fixtures_1.events)(2));
      })();
      const live = await (0, fixtures_1.take)(sub, 6);
      await writing;
      await sub.unsubscribe();
      const all = [...caughtUp, ...live];
      expect(all.map((e) => e.streamId)).toEqual([
        ...Array(5).fill(`${prefix}-1`),
        ...[2, 2, 3, 3, 4, 4].map((n) => `${prefix}-${n}`),
      ]);
      expect(new Set(all.map((e) => e.eventId)).size).toBe(11);
      expect(all.every((e, i) => i === 0 || e.globalPosition > all[i - 1].globalPosition)).toBe(true);
    });
    it('resumes strictly after a checkpoint', async () => {
      const id = (0, fixtures_1.streamId)('resume');
      await store().appendToStream(id, (0, fixtures_1.events)(6));
      const { events: stored } = await store().readStream(id);
      const sub = store().subscribeToAll({ after: stored[2].globalPosition, filter: { streamPrefix: id } });
      const got = await (0, fixtures_1.take)(sub, 3);
      await sub.unsubscribe();
      expect(got.map((e) => e.streamPosition)).toEqual([3n, 4n, 5n]);
    });
    it('delivers only the filtered types, live too', async () => {
      const id = (0, fixtures_1.streamId)('types');
      const sub = store().subscribeToAll({
        after: await store().headPosition(),
        filter: { eventTypes: ['Wanted'], streamPrefix: id },
        pollIntervalMs: 50,
      });
      await store().appendToStream(id, [
        (0, fixtures_1.anEvent)('Unwanted'),
        (0, fixtures_1.anEvent)('Wanted'),
        (0, fixtures_1.anEvent)('Unwanted'),
      ]);
      await store().appendToStream(id, [(0, fixtures_1.anEvent)('Wanted')]);
      const got = await (0, fixtures_1.take)(sub, 2);
      await sub.unsubscribe();
      expect(got.map((e) => [e.type, e.streamPosition])).toEqual([
        ['Wanted', 1n],
        ['Wanted', 3n],
      ]);
    });
    it('ends the iteration on unsubscribe, even while waiting for events', async () => {
      const sub = store().subscribeToAll({ after: await store().headPosition(), pollIntervalMs: 60_000 });
      const it = sub[Symbol.asyncIterator]();
      const pending = it.next();
      await new Promise((r) => setTimeout(r, 20));
      await sub.unsubscribe();
      await expect(pending).resolves.toMatchObject({ done: true });
    });
  });
}
