import { randomUUID } from 'node:crypto';
import { migrate, openDatabase, type OpenDatabase, surviveConnectionErrors } from '@casebook/event-store';
import { type OwnPostgres, postgresBinaries, startOwnPostgres } from '@casebook/event-store/testing';
import { Pool } from 'pg';
import { complaintsProjection } from '../complaints/complaints.projection';
import { migrateProjections } from '../schema/migrations';
import { complaintFiled, eventually } from '../testing';
import { LOCK_SPACE } from './ownership';
import { ProjectionRunner } from './projection-runner';

const describeOwn = postgresBinaries() ? describe : describe.skip;

describeOwn('projection ownership across a PostgreSQL restart (a server of the test own)', () => {
  let server: OwnPostgres;
  let db: OpenDatabase;
  let otherProcess: Pool;
  const runners: ProjectionRunner[] = [];

  beforeAll(async () => {
    server = await startOwnPostgres();
    db = await openDatabase({
      databaseUrl: server.url,
      poolSize: 4,
      migrate: async (pool, url) => {
        await migrate(pool);
        await migrateProjections(url);
      },
      log: () => undefined,
    });
    // A second pool stands for a second process: its own sessions, so the lock really excludes.
    otherProcess = surviveConnectionErrors(
      new Pool({ connectionString: server.url, max: 3 }),
      () => undefined,
    );
  }, 60_000);

  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await otherProcess?.end();
    await db?.close();
    await server?.close();
  });

  const locksHeld = async () =>
    Number(
      (
        await db.pool.query(
          `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND granted`,
          [LOCK_SPACE],
        )
      ).rows[0].count,
    );
  const rows = async () => Number((await db.pool.query('SELECT count(*) FROM complaints')).rows[0].count);
  const file = (id: string) => db.store.appendToStream(`complaint-${id}`, [complaintFiled(id, 'cust-1')]);

  it('takes ownership back after fast and immediate restarts, one owner at a time, and resumes from the checkpoint', async () => {
    const options = { store: db.store, projection: complaintsProjection, pollIntervalMs: 100 };
    const timing = { ownershipRetryMs: 100, retryDelayMs: 100, maxRetryDelayMs: 500 };
    runners.push(
      new ProjectionRunner({ ...options, ...timing, pool: db.pool, owner: 'first' }),
      new ProjectionRunner({ ...options, ...timing, pool: otherProcess, owner: 'second' }),
    );
    for (const r of runners) r.start();
    await file(randomUUID());
    await eventually(async () => (await rows()) === 1);

    let filed = 1;
    for (const mode of ['fast', 'immediate'] as const) {
      await server.stop(mode);
      await eventually(async () => runners.every((r) => r.state === 'waiting-for-ownership'));
      await server.start();
      await eventually(async () => (await locksHeld()) === 1, 15_000);
      await file(randomUUID());
      filed += 1;
      await eventually(async () => (await rows()) === filed, 15_000);
      expect(runners.filter((r) => r.state === 'running')).toHaveLength(1);
    }
  }, 50_000);
});
