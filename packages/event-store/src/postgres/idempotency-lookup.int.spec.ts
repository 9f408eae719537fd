import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '../port';
import { openTestDatabase, type TestDatabase } from '../testing/test-database';
import { createEventStore } from './create-event-store';
import { findWrittenUnderKey } from './idempotency-lookup';
import { migrate } from './schema';

const event = (actorId: string, idempotencyKey?: string): EventToAppend => ({
  eventId: randomUUID(),
  type: 'Noted',
  data: {},
  metadata: {
    actor: { kind: 'agent', id: actorId },
    correlationId: 'c',
    causationId: 'c',
    occurredAt: new Date().toISOString(),
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
  },
});

describe('findWrittenUnderKey', () => {
  let db: TestDatabase;
  let store: ReturnType<typeof createEventStore>;
  let before: Date;
  beforeAll(async () => {
    db = await openTestDatabase();
    await migrate(db.pool);
    store = createEventStore(db.pool, db.kind);
    before = (await db.pool.query<{ now: Date }>('SELECT now()')).rows[0]!.now;
    await store.appendToStream('a-1', [event('ana')]);
    await store.appendToStreams([
      { streamId: 'a-1', events: [event('ana', 'k1'), event('ana', 'k1')], expectedVersion: 0n },
      { streamId: 'b-1', events: [event('ana', 'k1')], expectedVersion: 'no_stream' },
    ]);
    await store.appendToStream('c-1', [event('bob', 'k1')]);
  });
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  it("finds the streams one caller's key wrote to, in the order written, with their positions", async () => {
    expect(await findWrittenUnderKey(db.pool, { key: 'k1', actorId: 'ana', since: before })).toEqual([
      { streamId: 'a-1', firstPosition: 1n, lastPosition: 2n },
      { streamId: 'b-1', firstPosition: 0n, lastPosition: 0n },
    ]);
  });

  it("finds nothing for another caller's use of the key, an unused key, or older events", async () => {
    expect(await findWrittenUnderKey(db.pool, { key: 'k1', actorId: 'bob', since: before })).toHaveLength(1);
    expect(await findWrittenUnderKey(db.pool, { key: 'k1', actorId: 'cy', since: before })).toEqual([]);
    expect(await findWrittenUnderKey(db.pool, { key: 'k2', actorId: 'ana', since: before })).toEqual([]);
    const later = new Date(Date.now() + 60_000);
    expect(await findWrittenUnderKey(db.pool, { key: 'k1', actorId: 'ana', since: later })).toEqual([]);
  });

  it('looks keys up through the index, not a scan of the log', async () => {
    const client = await db.pool.connect();
    try {
      await client.query('SET enable_seqscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT 1 FROM events WHERE metadata->>'idempotencyKey' = 'k1'`,
      );
      expect(rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/events_idempotency_key/);
    } finally {
      await client.query('RESET enable_seqscan');
      client.release();
    }
  });
});
