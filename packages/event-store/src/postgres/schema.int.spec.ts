import { openTestDatabase, type TestDatabase } from '../testing/test-database';
import { migrate } from './schema';

describe('event-store schema', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('migrates once: a second run applies nothing', async () => {
    expect(await migrate(db.pool)).toEqual([
      'event-store/001-events',
      'event-store/002-append-function',
      'event-store/003-hash-chain',
      'event-store/004-idempotency-key-index',
      'event-store/005-shared-metadata',
    ]);
    expect(await migrate(db.pool)).toEqual([]);
  });

  // Speed is not timed in tests; this pins the setting whose absence made appends 3.5x slower
  // once the streams table grew (docs/benchmarks.md), so it cannot be dropped unnoticed.
  it('plans the append function for each call, never from a stale generic plan', async () => {
    const { rows } = await db.pool.query<{ config: string[] | null }>(
      `SELECT proconfig AS config FROM pg_proc WHERE proname = 'casebook_append' AND prolang = (SELECT oid FROM pg_language WHERE lanname = 'plpgsql') AND pronamespace = current_schema()::regnamespace`,
    );
    // The plpgsql function; the two-argument form of 005 is an SQL wrapper that calls it.
    expect(rows).toEqual([{ config: ['plan_cache_mode=force_custom_plan'] }]);
  });
});
