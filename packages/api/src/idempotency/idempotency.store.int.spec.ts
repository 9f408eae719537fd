import { runMigrations } from '@casebook/event-store';
import { openTestDatabase, type TestDatabase } from '@casebook/event-store/testing';
import { idempotencyMigrations, PostgresIdempotencyStore } from './idempotency.store';

const done = { status: 201, headers: {}, body: { id: 'c-1', version: 0 } };

describe('PostgresIdempotencyStore.purgeExpired', () => {
  let db: TestDatabase;
  let store: PostgresIdempotencyStore;
  beforeAll(async () => {
    db = await openTestDatabase();
    await runMigrations(db.pool, idempotencyMigrations);
    store = new PostgresIdempotencyStore(db.pool, { retentionMs: 60_000, abandonedAfterMs: 10_000 });
  });
  afterAll(() => db.close());
  beforeEach(() => db.pool.query('TRUNCATE api_idempotency_keys'));

  const keys = async () =>
    (await db.pool.query<{ key: string }>('SELECT key FROM api_idempotency_keys ORDER BY key')).rows.map(
      (r) => r.key,
    );

  const claimAgo = async (key: string, ageMs: number) => {
    await store.claim('ana', key, 'h');
    await store.complete('ana', key, done);
    await db.pool.query(
      `UPDATE api_idempotency_keys SET created_at = now() - $2 * interval '1 millisecond' WHERE key = $1`,
      [key, ageMs],
    );
  };

  it('deletes expired keys at most one batch per call, and none a claim still honours', async () => {
    for (let i = 0; i < 5; i++) await claimAgo(`old-${i}`, 61_000);
    await claimAgo('young', 59_000);
    await store.claim('ana', 'running', 'h');
    expect(await store.purgeExpired(2)).toBe(2);
    expect(await store.purgeExpired(2)).toBe(2);
    expect(await store.purgeExpired(2)).toBe(1);
    expect(await store.purgeExpired(2)).toBe(0);
    expect(await keys()).toEqual(['running', 'young']);
    expect(await store.claim('ana', 'young', 'h')).toEqual({ kind: 'replay', outcome: done });
  });
});
