import { projections } from '../index';
import { enqueue } from '../processes/outbox/outbox-testing';
import { openProjectionTestbed, type ProjectionTestbed } from '../testing';
import { parseArgs } from './args';
import { execute } from './commands';
import type { CliContext } from './context';

let bed: ProjectionTestbed;
let out: string[];
let err: string[];
const now = new Date('2026-03-02T09:00:00Z');

const context = (): CliContext => ({
  pool: bed.db.pool,
  store: bed.store,
  projections,
  out: { write: (t) => void out.push(t), isTTY: false },
  err: { write: (t) => void err.push(t), isTTY: false },
  signal: new AbortController().signal,
  now: () => now.getTime(),
});

const run = (...argv: string[]) => {
  const parsed = parseArgs(argv, []);
  if (!parsed.ok || parsed.command.kind === 'help' || parsed.command.kind === 'audit-check-export')
    throw new Error(`not a database command: ${argv.join(' ')}`);
  return execute(context(), parsed.command);
};

beforeAll(async () => (bed = await openProjectionTestbed()));
afterAll(() => bed.close());
beforeEach(() => {
  out = [];
  err = [];
});

describe('casebook processes outbox / retry', () => {
  it('shows pending, due, the oldest pending age and dead letters; retry queues a dead letter again', async () => {
    const staff = { kind: 'staff', actorId: 'sup-1' } as const;
    const old = await enqueue(bed.db.pool, staff, new Date(now.getTime() - 90_000));
    // created_at is the database's clock; the test's clock is in the past
    await bed.db.pool.query('UPDATE outbox SET created_at = $2 WHERE key = $1', [
      old,
      new Date(now.getTime() - 90_000),
    ]);
    await enqueue(bed.db.pool, staff, new Date(now.getTime() + 60_000));
    const dead = await enqueue(bed.db.pool, staff, now, { complaintId: 'c-9' });
    await bed.db.pool.query(
      `UPDATE outbox SET status = 'dead', attempts = 8, last_error = 'hooks.example answered HTTP 503' WHERE key = $1`,
      [dead],
    );
    expect(await run('processes', 'outbox', '--json')).toBe(0);
    const summary = JSON.parse(out.join('')) as Record<string, unknown> & { deadLetters: unknown[] };
    expect(summary).toMatchObject({ pending: 2, due: 1, oldestPendingAgeSeconds: 90, delivered: 0, dead: 1 });
    expect(summary.deadLetters).toEqual([
      expect.objectContaining({ key: dead, complaintId: 'c-9', attempts: 8, status: 'dead' }),
    ]);

    out = [];
    expect(await run('processes', 'outbox')).toBe(0);
    expect(out.join('')).toMatch(/PENDING\s+DUE\s+OLDEST PENDING\s+DELIVERED\s+DEAD\n2\s+1\s+90 s\s+0\s+1/);
    expect(out.join('')).toContain('hooks.example answered HTTP 503');

    out = [];
    expect(await run('processes', 'retry', dead)).toBe(0);
    expect(out.join('')).toContain('queued again');
    const row = await bed.db.pool.query(
      'SELECT status, attempts, next_attempt_at FROM outbox WHERE key = $1',
      [dead],
    );
    expect(row.rows[0]).toEqual({ status: 'pending', attempts: 0, next_attempt_at: now });
    expect(await run('processes', 'retry', dead)).toBe(1);
    expect(err.join('')).toMatch(/is pending, not dead/);
    expect(await run('processes', 'retry', '999999')).toBe(1);
    expect(err.join('')).toContain('no outbox message with id or key "999999"');
  });

  it('refuses bad arguments before any database is opened', () => {
    expect(parseArgs(['processes', 'retry'], [])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/one message id or key/),
    });
    expect(parseArgs(['processes', 'retry', 'a', 'b'], [])).toMatchObject({ ok: false });
    expect(parseArgs(['processes', 'outbox', '--page-size', '3'], [])).toMatchObject({ ok: false });
    expect(parseArgs(['processes', 'retry', 'k\u0000'], [])).toMatchObject({ ok: false });
  });
});
