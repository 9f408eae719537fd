import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import type { StoredEvent } from '../port';
import { events, streamId, take } from '../testing/fixtures';
import { onRealPostgres, openTestDatabase, type TestDatabase } from '../testing/test-database';
import { toBatchJson } from './rows';
import { PostgresEventStore } from './postgres-event-store';
import { createEventStore } from './create-event-store';
import { migrate } from './schema';

/** Real concurrency: these need a PostgreSQL server (PGlite runs one transaction at a time). */
const describePg = onRealPostgres() ? describe : describe.skip;
if (!onRealPostgres()) console.info('ordering.int.spec: skipped, needs DATABASE_URL (real PostgreSQL)');

describePg('PostgreSQL ordering under concurrency', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await openTestDatabase({ poolSize: 12 });
    await migrate(db.pool);
    store = createEventStore(db.pool, db.kind);
  });
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  const expectExactlyOnceInOrder = (seen: StoredEvent[], expected: number) => {
    expect(seen).toHaveLength(expected);
    expect(new Set(seen.map((e) => e.eventId)).size).toBe(expected);
    expect(seen.every((e, i) => i === 0 || e.globalPosition > seen[i - 1]!.globalPosition)).toBe(true);
  };

  it('never lets a tailing reader skip an event whose transaction commits late', async () => {
    const prefix = streamId('late');
    const sub = store.subscribeToAll({
      after: await store.headPosition(),
      filter: { streamPrefix: prefix },
      pollIntervalMs: 20,
    });
    const seen = take(sub, 3 + 40, 20_000);
    // A transaction that appends first (so it holds the lower global positions) and commits last.
    const slow = await db.pool.connect();
    await slow.query('BEGIN');
    await slow.query('SELECT * FROM casebook_append($1::jsonb, false)', [
      toBatchJson([{ streamId: `${prefix}-slow`, events: events(3), expectedVersion: 'any' }]),
    ]);
    const writers = Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        for (let i = 0; i < 5; i++) await store.appendToStream(`${prefix}-w${w}`, events(1));
      }),
    );
    await writers;
    await new Promise((r) => setTimeout(r, 2000));
    await slow.query('COMMIT');
    slow.release();
    const got = await seen;
    await sub.unsubscribe();
    expectExactlyOnceInOrder(got, 43);
    expect(got.slice(0, 3).map((e) => e.streamId)).toEqual(Array(3).fill(`${prefix}-slow`));
  });

  it('settles same-stream races between processes on the position index: one winner, no gap', async () => {
    const id = streamId('race');
    const pools = Array.from(
      { length: 4 },
      () => new Pool({ connectionString: db.connectionString, max: 2 }),
    );
    const stores = pools.map((pool) => new PostgresEventStore({ pool, notifications: false }));
    await stores[0]!.appendToStream(id, events(1));
    const exact = await Promise.allSettled(
      stores.flatMap((s) => [s, s].map(() => s.appendToStream(id, events(2), { expectedVersion: 0n }))),
    );
    expect(exact.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(exact.filter((r) => r.status === 'rejected').map((r): unknown => r.reason)).toEqual(
      Array(7).fill(expect.objectContaining({ code: 'WrongExpectedVersion' })),
    );
    // 'any' never fails for a race: every append lands, positions stay contiguous.
    await Promise.all(
      stores.flatMap((s) => Array.from({ length: 5 }, () => s.appendToStream(id, events(1)))),
    );
    await Promise.all(pools.map((p) => p.end()));
    const read = await store.readStream(id);
    expect(read.events.map((e) => Number(e.streamPosition))).toEqual(Array.from({ length: 23 }, (_, i) => i));
  });

  it('loses and duplicates nothing with 32 writers x 3,000 events across 4 processes-worth of pools', async () => {
    const prefix = streamId('load');
    const pools = Array.from(
      { length: 4 },
      () => new Pool({ connectionString: db.connectionString, max: 4 }),
    );
    const stores = pools.map((pool) => new PostgresEventStore({ pool, notifications: false }));
    const sub = store.subscribeToAll({
      after: await store.headPosition(),
      filter: { streamPrefix: prefix },
      pageSize: 1000,
      pollIntervalMs: 20,
    });
    const seen = take(sub, 96_000, 240_000);
    await Promise.all(
      Array.from({ length: 32 }, async (_, w) => {
        const s = stores[w % 4]!;
        let version: bigint | 'no_stream' = 'no_stream';
        for (let i = 0; i < 3000; i++) {
          const ev = [
            { eventId: randomUUID(), type: 'Load', data: { w, i }, metadata: events(1)[0]!.metadata },
          ];
          version = (await s.appendToStream(`${prefix}-${w}`, ev, { expectedVersion: version }))
            .nextExpectedVersion;
        }
      }),
    );
    const got = await seen;
    await sub.unsubscribe();
    await Promise.all(pools.map((p) => p.end()));
    expectExactlyOnceInOrder(got, 96_000);
    const counts = await db.pool.query<{ n: string; streams: string; bad: string }>(
      `SELECT count(*) AS n, count(DISTINCT stream_id) AS streams,
              count(*) FILTER (WHERE (data->>'i')::bigint <> stream_position) AS bad
         FROM events WHERE stream_id LIKE $1`,
      [`${prefix}-%`],
    );
    expect(counts.rows[0]).toEqual({ n: '96000', streams: '32', bad: '0' });
  }, 300_000);
});
