import { onRealPostgres } from '@casebook/event-store/testing';
import { Pool } from 'pg';
import { eventually, openProjectionTestbed, toAppend, type ProjectionTestbed } from '../testing';
import type { CommandSender, FireResult, ProcessManager, Timer } from './process';
import { ProcessRunner } from './process-runner';
import { TimerWorker } from './timer-worker';

const HOUR = 3_600_000;

interface TimerRow {
  status: string;
  attempts: number;
  last_error: string | null;
  due_at: Date;
}
const noCommands: CommandSender = { send: async () => ({ ok: true, wrote: 0 }) };

/** A toy process: a filed complaint gets a reminder an hour after filing and one outbox message. */
const reminders = (fired: string[], outcome: (t: Timer) => FireResult = () => ({ outcome: 'done' })) =>
  ({
    name: 'reminders',
    eventTypes: ['ComplaintFiled'],
    startFrom: 'beginning',
    async react(event, ctx) {
      const data = event.data as { complaintId: string; filedAt: string };
      const trigger = { causationId: event.eventId, correlationId: event.metadata.correlationId };
      ctx.schedule({
        ...trigger,
        key: `remind:${data.complaintId}`,
        kind: 'remind',
        dueAt: new Date(Date.parse(data.filedAt) + HOUR),
        payload: { complaintId: data.complaintId },
      });
      ctx.enqueue({
        ...trigger,
        key: `filed:${event.eventId}`,
        topic: 'complaint.filed',
        recipient: { kind: 'staff', actorId: 'agent-7' },
        complaintId: data.complaintId,
        subject: 'filed',
        body: { complaintId: data.complaintId },
      });
    },
    timers: {
      async remind(timer) {
        fired.push(timer.key);
        return outcome(timer);
      },
    },
  }) satisfies ProcessManager;

const filed = (id: string, filedAt = '2026-11-23T10:00:00.000Z') =>
  toAppend('ComplaintFiled', {
    complaintId: id,
    customerId: 'cust-1',
    channel: 'email',
    category: 'billing',
    description: 'd',
    amountPaid: { minor: 100, currency: 'GBP' },
    priority: 'medium',
    regime: 'NONE',
    filedAt,
  });

describe('process runtime: checkpointed reactions and durable timers', () => {
  let bed: ProjectionTestbed;
  let now: Date;
  const clock = () => now;
  const started: Array<{ stop(): Promise<void> }> = [];

  beforeEach(async () => {
    bed = await openProjectionTestbed();
    now = new Date('2026-11-23T10:30:00.000Z');
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.stop()));
    await bed.close();
  });

  const run = (process: ProcessManager, owner = 'a') => {
    const runner = new ProcessRunner({
      pool: bed.db.pool,
      store: bed.store,
      process,
      clock,
      owner,
      pollIntervalMs: 50,
    });
    runner.start();
    started.push(runner);
    return runner;
  };
  const worker = (process: ProcessManager, pool = bed.db.pool, owner = 'w1', extra = {}) =>
    new TimerWorker({
      pool,
      store: bed.store,
      commands: noCommands,
      processes: [process],
      clock,
      owner,
      ...extra,
    });
  const count = async (sql: string) =>
    Number((await bed.db.pool.query<{ count: string }>(sql)).rows[0]?.count);
  const timer = async (key: string) =>
    (await bed.db.pool.query<TimerRow>('SELECT * FROM process_timers WHERE key = $1', [key])).rows[0];
  const position = async (name: string) =>
    BigInt(
      (
        await bed.db.pool.query<{ position: string }>(
          'SELECT position FROM process_checkpoints WHERE name = $1',
          [name],
        )
      ).rows[0]?.position ?? -1,
    );

  it('writes a page’s timers and messages with its checkpoint, and a restarted runner writes none twice', async () => {
    const fired: string[] = [];
    await bed.store.appendToStream('complaint-c1', [filed('c1')]);
    await bed.store.appendToStream('complaint-c2', [filed('c2')]);
    const first = run(reminders(fired));
    await eventually(async () => (await count('SELECT count(*) FROM process_timers')) === 2);
    await first.stop();
    expect(await position('reminders')).toBe(await bed.store.headPosition());
    expect(await count('SELECT count(*) FROM outbox')).toBe(2);
    // Rewind the checkpoint, as a crash between the page and its commit would leave it: the keys hold.
    await bed.db.pool.query(`UPDATE process_checkpoints SET position = 0 WHERE name = 'reminders'`);
    run(reminders(fired), 'b');
    await bed.store.appendToStream('complaint-c3', [filed('c3')]);
    await eventually(async () => (await count('SELECT count(*) FROM process_timers')) === 3);
    expect(await count('SELECT count(*) FROM outbox')).toBe(3);
    expect((await timer('remind:c1'))?.due_at).toEqual(new Date('2026-11-23T11:00:00.000Z'));
  });

  it('fires a timer only once it is due by the process clock, then never again', async () => {
    const fired: string[] = [];
    const process = reminders(fired);
    await bed.store.appendToStream('complaint-c1', [filed('c1')]);
    run(process);
    await eventually(async () => (await timer('remind:c1')) !== undefined);
    const w = worker(process);
    expect(await w.fireDue()).toBe(0);
    now = new Date('2026-11-23T11:00:00.000Z');
    expect(await w.fireDue()).toBe(1);
    expect(await w.fireDue()).toBe(0);
    expect(fired).toEqual(['remind:c1']);
    expect((await timer('remind:c1'))?.status).toBe('fired');
  });

  it('a fired timer is not revived by a replay of its cause', async () => {
    const fired: string[] = [];
    const process = reminders(fired);
    await bed.store.appendToStream('complaint-c1', [filed('c1')]);
    const runner = run(process);
    await eventually(async () => (await timer('remind:c1')) !== undefined);
    now = new Date('2026-11-24T00:00:00.000Z');
    await worker(process).fireDue();
    await runner.stop();
    await bed.db.pool.query(`UPDATE process_checkpoints SET position = 0 WHERE name = 'reminders'`);
    run(process, 'b');
    await eventually(async () => (await position('reminders')) === (await bed.store.headPosition()));
    expect((await timer('remind:c1'))?.status).toBe('fired');
    expect(await worker(process).fireDue()).toBe(0);
    expect(fired).toHaveLength(1);
  });

  it('retries a failing firing with backoff and hands it to an operator after the last attempt', async () => {
    const fired: string[] = [];
    const process = reminders(fired, () => ({ outcome: 'retry', error: 'provider away' }));
    await bed.store.appendToStream('complaint-c1', [filed('c1')]);
    run(process);
    await eventually(async () => (await timer('remind:c1')) !== undefined);
    now = new Date('2026-11-23T11:00:00.000Z');
    const w = worker(process, bed.db.pool, 'w1', { maxAttempts: 3 });
    expect(await w.fireDue()).toBe(1);
    const after = await timer('remind:c1');
    expect(after).toMatchObject({ status: 'pending', attempts: 1, last_error: 'provider away' });
    expect(after?.due_at.getTime()).toBeGreaterThan(now.getTime());
    expect(await w.fireDue()).toBe(0); // not before its backoff
    for (let i = 0; i < 2; i++) {
      now = new Date(now.getTime() + HOUR);
      expect(await w.fireDue()).toBe(1);
    }
    expect(await timer('remind:c1')).toMatchObject({ status: 'failed', attempts: 3 });
    now = new Date(now.getTime() + 24 * HOUR);
    expect(await w.fireDue()).toBe(0);
  });

  it('a process that starts from now ignores the log written before its first run', async () => {
    await bed.store.appendToStream('complaint-c1', [filed('c1')]);
    const fired: string[] = [];
    run({ ...reminders(fired), name: 'late', startFrom: 'now' });
    await eventually(
      async () => (await count(`SELECT count(*) FROM process_checkpoints WHERE name = 'late'`)) === 1,
    );
    await bed.store.appendToStream('complaint-c2', [filed('c2')]);
    await eventually(async () => (await count('SELECT count(*) FROM process_timers')) === 1);
    expect((await bed.db.pool.query('SELECT key FROM process_timers')).rows).toEqual([{ key: 'remind:c2' }]);
  });

  (onRealPostgres() ? it : it.skip)(
    'two workers in two processes fire each of 40 timers exactly once',
    async () => {
      const fired: string[] = [];
      const process = reminders(fired);
      for (let i = 0; i < 40; i++) await bed.store.appendToStream(`complaint-k${i}`, [filed(`k${i}`)]);
      run(process);
      await eventually(async () => (await count('SELECT count(*) FROM process_timers')) === 40);
      now = new Date('2026-11-24T00:00:00.000Z');
      const other = new Pool({ connectionString: bed.db.connectionString, max: 3 });
      try {
        const a = worker(process, bed.db.pool, 'w1', { batchSize: 3 });
        const b = worker(process, other, 'w2', { batchSize: 3 });
        const drain = async (w: TimerWorker) => {
          while ((await w.fireDue()) > 0);
        };
        await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
      } finally {
        await other.end();
      }
      expect(fired).toHaveLength(40);
      expect(new Set(fired).size).toBe(40);
      expect(await count(`SELECT count(*) FROM process_timers WHERE status = 'fired'`)).toBe(40);
    },
  );

  it('a claim another worker holds is not taken until its lease runs out', async () => {
    const fired: string[] = [];
    const process = reminders(fired);
    await bed.store.appendToStream('complaint-c1', [filed('c1')]);
    run(process);
    await eventually(async () => (await timer('remind:c1')) !== undefined);
    now = new Date('2026-11-23T11:00:00.000Z');
    // A worker that claimed the timer and died before completing it.
    await bed.db.pool.query(
      `UPDATE process_timers SET claimed_by = 'dead', claimed_until = $1 WHERE key = 'remind:c1'`,
      [new Date(now.getTime() + 60_000)],
    );
    const w = worker(process);
    expect(await w.fireDue()).toBe(0);
    now = new Date(now.getTime() + 61_000);
    expect(await w.fireDue()).toBe(1);
    expect(fired).toEqual(['remind:c1']);
  });
});
