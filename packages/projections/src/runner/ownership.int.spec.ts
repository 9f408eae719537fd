import { randomUUID } from 'node:crypto';
import { onRealPostgres } from '@casebook/event-store/testing';
import { Pool } from 'pg';
import { complaintsProjection } from '../complaints/complaints.projection';
import { eventually, openProjectionTestbed, toAppend, type ProjectionTestbed } from '../testing';
import { ProjectionRunner } from './projection-runner';

// PGlite is one session shared by every connection: advisory locks cannot exclude anyone there,
// and only one process can open its data directory anyway (see docs/projections.md).
const describePg = onRealPostgres() ? describe : describe.skip;
if (!onRealPostgres()) {
  console.info('ownership.int.spec: skipped, needs DATABASE_URL (two processes need real PostgreSQL)');
}

describePg('one active runner per projection (real PostgreSQL)', () => {
  let bed: ProjectionTestbed;
  let otherProcess: Pool;
  beforeAll(async () => {
    bed = await openProjectionTestbed();
    // A second pool stands for a second process: its own connections, its own sessions.
    otherProcess = new Pool({ connectionString: bed.db.connectionString, max: 3 });
  });
  afterAll(async () => {
    await otherProcess.end();
    await bed.close();
  });

  const file = async (id: string) =>
    bed.store.appendToStream(`complaint-${id}`, [
      toAppend('ComplaintFiled', {
        complaintId: id,
        customerId: 'cust-1',
        channel: 'email',
        category: 'billing',
        description: 'd',
        amountPaid: { minor: 100, currency: 'GBP' },
        priority: 'low',
        regime: 'NONE',
        filedAt: '2024-03-01T09:00:00Z',
      }),
    ]);
  const owners = async () =>
    (await bed.db.pool.query<{ owner: string }>('SELECT owner FROM projection_checkpoints')).rows;
  const rows = async () => Number((await bed.db.pool.query('SELECT count(*) FROM complaints')).rows[0].count);

  it('lets one runner work while the other waits, and hands over when the first stops', async () => {
    const options = {
      store: bed.store,
      projection: complaintsProjection,
      pollIntervalMs: 100,
      ownershipRetryMs: 50,
    };
    const first = new ProjectionRunner({ ...options, pool: bed.db.pool, owner: 'first' });
    const second = new ProjectionRunner({ ...options, pool: otherProcess, owner: 'second' });
    first.start();
    await eventually(async () => first.state === 'running');
    second.start();
    await file(randomUUID());
    await eventually(async () => (await rows()) === 1);
    expect([first.state, second.state]).toEqual(['running', 'waiting-for-ownership']);
    expect(await owners()).toEqual([{ owner: 'first' }]);

    await first.stop();
    await file(randomUUID());
    await eventually(async () => (await rows()) === 2);
    expect(second.state).toBe('running');
    expect(await owners()).toEqual([{ owner: 'second' }]);
    await second.stop();
  });

  it('frees the projection when the lock connection of its owner dies, and the other runner takes over', async () => {
    // A name of its own, so terminating its lock holder cannot touch other test files' runners.
    const projection = { ...complaintsProjection, name: `complaints-failover-${randomUUID()}` };
    const lost: unknown[] = [];
    // The first runner idles for 5 s between polls, so the second (retrying every 50 ms) wins.
    const first = new ProjectionRunner({
      store: bed.store,
      projection,
      pool: bed.db.pool,
      owner: 'dies',
      pollIntervalMs: 5_000,
      onError: (e) => lost.push(e),
    });
    const second = new ProjectionRunner({
      store: bed.store,
      projection,
      pool: otherProcess,
      owner: 'survives',
      ownershipRetryMs: 50,
    });
    first.start();
    await eventually(async () => first.state === 'running');
    second.start();
    // What a crashed process leaves behind: its session ends, and PostgreSQL frees its locks.
    await otherProcess.query(
      `SELECT pg_terminate_backend(pid) FROM pg_locks
        WHERE locktype = 'advisory' AND classid = 7370001 AND granted
          AND objid = (hashtext(current_schema() || '/' || $1)::bigint & 4294967295)::oid`,
      [projection.name],
    );
    await eventually(async () => second.state === 'running');
    const before = await rows();
    await file(randomUUID());
    await eventually(async () => (await rows()) === before + 1);
    await eventually(async () => second.checkpoint === (await bed.store.headPosition()));
    expect(lost).toHaveLength(1);
    const res = await bed.db.pool.query('SELECT owner FROM projection_checkpoints WHERE name = $1', [
      projection.name,
    ]);
    expect(res.rows).toEqual([{ owner: 'survives' }]);
    await Promise.all([first.stop(), second.stop()]);
    expect(first.state).toBe('stopped');
  });

  it('owns a model per schema: a casebook in another schema of the same database runs its own at once', async () => {
    const other = await openProjectionTestbed();
    const options = { projection: complaintsProjection, pollIntervalMs: 100, ownershipRetryMs: 50 };
    const here = new ProjectionRunner({ ...options, store: bed.store, pool: bed.db.pool, owner: 'here' });
    const there = new ProjectionRunner({
      ...options,
      store: other.store,
      pool: other.db.pool,
      owner: 'there',
    });
    try {
      here.start();
      there.start();
      await eventually(async () => here.state === 'running' && there.state === 'running');
    } finally {
      await Promise.all([here.stop(), there.stop()]);
      await other.close();
    }
  });
});
