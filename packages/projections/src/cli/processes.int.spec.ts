import { projections } from '../index';
import { ProcessRunner } from '../processes/process-runner';
import type { ProcessManager } from '../processes/process';
import { eventually, openProjectionTestbed, toAppend, type ProjectionTestbed } from '../testing';
import { parseArgs } from './args';
import { execute } from './commands';
import type { CliContext } from './context';

let bed: ProjectionTestbed;
let out: string[];
let err: string[];
const NOW = Date.parse('2026-06-01T12:00:00Z');

const context = (): CliContext => ({
  pool: bed.db.pool,
  store: bed.store,
  projections,
  out: { write: (t) => void out.push(t), isTTY: false },
  err: { write: (t) => void err.push(t), isTTY: false },
  signal: new AbortController().signal,
  now: () => NOW,
});

/** A process that only moves its checkpoint: what `status` reports on. */
const idle: ProcessManager = {
  name: 'idle',
  eventTypes: ['CustomerRegistered'],
  startFrom: 'beginning',
  react: async () => undefined,
  timers: {},
};

const timer = (key: string, dueAt: string, status = 'pending') =>
  bed.db.pool.query(
    `INSERT INTO process_timers (key, process, kind, due_at, payload, causation_id, correlation_id, status)
     VALUES ($1, 'sla', 'breach', $2, '{}', 'c', 'c', $3)`,
    [key, dueAt, status],
  );

beforeAll(async () => {
  bed = await openProjectionTestbed();
  await bed.store.appendToStream('customer-1', [
    toAppend('CustomerRegistered', {
      customerId: '1',
      name: 'A',
      email: 'a@example.com',
      registeredAt: '2026-01-01T00:00:00Z',
    }),
  ]);
  await timer('waiting', '2026-06-02T00:00:00Z');
  await timer('due', '2026-06-01T11:59:30Z');
  await timer('overdue', '2026-06-01T10:00:00Z');
  await timer('failed', '2026-06-01T09:00:00Z', 'failed');
  await bed.db.pool.query(
    `INSERT INTO outbox (key, process, topic, recipient, subject, body, causation_id, correlation_id, next_attempt_at, status)
     VALUES ('m1', 'notifications', 't', '{}', 's', '{}', 'c', 'c', now(), 'dead')`,
  );
});
afterAll(() => bed.close());
beforeEach(() => {
  out = [];
  err = [];
});

describe('casebook processes', () => {
  it('status: checkpoints and owners, timers by state, the outbox; exit 1 while a timer is failed or overdue', async () => {
    const runner = new ProcessRunner({
      pool: bed.db.pool,
      store: bed.store,
      process: idle,
      owner: 'me',
      pollIntervalMs: 50,
    });
    runner.start();
    try {
      await eventually(async () => runner.checkpoint === (await bed.store.headPosition()));
      await eventually(async () => {
        out = [];
        await execute(context(), { kind: 'processes-status', json: true });
        return (
          (JSON.parse(out.join('')) as { processes: { owner: string | null }[] }).processes[0]?.owner === 'me'
        );
      });
      out = [];
      expect(await execute(context(), { kind: 'processes-status', json: true })).toBe(1);
      const head = Number(await bed.store.headPosition());
      expect(JSON.parse(out.join(''))).toEqual({
        processes: [{ name: 'idle', checkpoint: head, head, behind: 0, owner: 'me', ownerActive: true }],
        timers: { waiting: 1, due: 2, overdue: 1, failed: 1 },
        outbox: { pending: 0, due: 0, delivered: 0, dead: 1 },
      });
    } finally {
      await runner.stop();
    }
    out = [];
    await execute(context(), { kind: 'processes-status', json: false });
    expect(out.join('')).toMatch(/idle\s+\d+\s+\d+\s+0\s+me \(gone\)/);
    expect(out.join('')).toContain('timers: 1 waiting, 2 due, 1 overdue (due over 60 s ago), 1 failed');
  });

  it('timers: the overdue or failed ones for an operator', async () => {
    await execute(context(), { kind: 'processes-timers', json: true, only: 'overdue' });
    expect((JSON.parse(out.join('')) as { key: string }[]).map((t) => t.key)).toEqual(['overdue']);
    out = [];
    await execute(context(), { kind: 'processes-timers', json: false, only: 'failed' });
    expect(out.join('')).toMatch(/^KEY.*\nfailed\s+sla\s+breach/);
  });

  it('retry-timer: a failed timer fires again now; anything else is refused', async () => {
    expect(await execute(context(), { kind: 'processes-retry-timer', key: 'failed' })).toBe(0);
    const { rows } = await bed.db.pool.query<{ status: string; due_at: Date }>(
      `SELECT status, due_at FROM process_timers WHERE key = 'failed'`,
    );
    expect(rows[0]).toEqual({ status: 'pending', due_at: new Date(NOW) });
    expect(await execute(context(), { kind: 'processes-retry-timer', key: 'waiting' })).toBe(1);
    expect(err.join('')).toContain('no failed timer waiting');
  });

  it('parses its arguments and names what is wrong', () => {
    const names = projections.map((p) => p.name);
    expect(parseArgs(['processes', 'timers', '--failed'], names)).toEqual({
      ok: true,
      command: { kind: 'processes-timers', json: false, only: 'failed' },
    });
    expect(parseArgs(['processes', 'status', '--yaml'], names)).toEqual({
      ok: false,
      error: 'unknown option --yaml',
    });
    expect(parseArgs(['processes', 'retry-timer'], names)).toMatchObject({ ok: false });
    expect(parseArgs(['processes', 'timers', '--failed', '--overdue'], names)).toMatchObject({ ok: false });
    expect(parseArgs(['processes'], names)).toMatchObject({ ok: false });
  });
});
