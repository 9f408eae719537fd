import { randomUUID } from 'node:crypto';
import { InMemoryEventStore } from '../memory/in-memory-event-store';
import { runMigrations } from '../migrations';
import type { StreamAppend } from '../port';
import { createEventStore } from '../postgres/create-event-store';
import { toBatchJson } from '../postgres/rows';
import { eventStoreMigrations, migrate } from '../postgres/schema';
import { chainExample } from '../testing/chain-example';
import { events } from '../testing/fixtures';
import { openTestDatabase, type TestDatabase } from '../testing/test-database';
import { verifyAll } from './verify';

describe('the hash-chain migration on a store that already holds events', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('chains every stored event in stream order, as if it had been appended with the chain on', async () => {
    await runMigrations(db.pool, eventStoreMigrations.slice(0, 2));
    // Three streams written interleaved, 2,700 events: the backfill's pages (2,000) end mid-stream.
    const appends: StreamAppend[] = [{ streamId: chainExample.streamId, events: chainExample.events }];
    for (let round = 0; round < 9; round++) {
      for (const s of ['old-a', 'old-b', 'old-c']) appends.push({ streamId: s, events: events(100) });
    }
    // As a writer of 002's time sent them: metadata on every event (the function ignores `h`).
    const oldShape = (a: StreamAppend) =>
      JSON.stringify(
        (JSON.parse(toBatchJson([a])) as { m?: unknown; e: { m?: unknown }[] }[]).map(({ m, ...rest }) => ({
          ...rest,
          e: rest.e.map((e) => ({ ...e, m: e.m ?? m })),
        })),
      );
    for (const a of appends)
      await db.pool.query('SELECT * FROM casebook_append($1::jsonb, true)', [oldShape(a)]);
    const reference = new InMemoryEventStore();
    for (const a of appends) await reference.appendToStreams([a]);

    expect(await migrate(db.pool)).toEqual([
      'event-store/003-hash-chain',
      'event-store/004-idempotency-key-index',
      'event-store/005-shared-metadata',
    ]);

    const store = createEventStore(db.pool, db.kind);
    const result = await verifyAll(store);
    expect(result).toMatchObject({ ok: true, streams: 4, events: 2703 });
    for (const s of [chainExample.streamId, 'old-a', 'old-b', 'old-c']) {
      const [got, want] = await Promise.all([store.readStream(s), reference.readStream(s)]);
      expect(got.events.map((e) => e.hash)).toEqual(want.events.map((e) => e.hash));
    }
    expect((await store.readStream(chainExample.streamId)).events.map((e) => e.hash)).toEqual(
      chainExample.hashes,
    );
    // A writer of the previous version sends no digest: refused, rather than an unchained event.
    const unchained = [
      { s: 'old-a', k: 'any', x: null, e: [{ id: randomUUID(), t: 'T', v: 1, d: {}, m: {} }] },
    ];
    await expect(
      db.pool.query('SELECT * FROM casebook_append($1::jsonb, false)', [JSON.stringify(unchained)]),
    ).rejects.toThrow(/"hash"/);
    // And appends go on from the backfilled heads.
    await store.appendToStream('old-a', events(2));
    expect(await verifyAll(store)).toMatchObject({ ok: true, events: 2705 });
    await store.close();
  });
});
