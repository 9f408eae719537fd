import { createEventStore, migrate } from '@casebook/event-store';
import { benchSchema } from '@casebook/event-store/bench';
import type { Pool } from 'pg';
import { migrateProjections } from '../index';
import type { CommandSender, ProcessManager } from '../processes/process';
import { TimerWorker } from '../processes/timer-worker';
import { blank, note, report, round2, timed, type CaseResult } from './measure';

/**
 * `pnpm bench timers [--json] [--timers N]`, on the PostgreSQL in DATABASE_URL, in a schema of its
 * own: N timers all due, fired by 1, 2 and 4 `TimerWorker`s racing on one table (each its own
 * pool, as separate processes would have), against a raw harness on the same table and batch
 * size: claim a batch with the same `FOR UPDATE SKIP LOCKED` statement and lease, mark it fired in one
 * statement, no per-timer transaction, no handler, no claim check. Each case then checks that
 * every timer fired exactly once.
 */
export interface TimerBenchArgs {
  readonly json: boolean;
  readonly timers: number;
}

export function parseTimerBenchArgs(argv: readonly string[]): TimerBenchArgs {
  const i = argv.indexOf('--timers');
  const timers = i < 0 ? 20_000 : Number(argv[i + 1]);
  if (!Number.isInteger(timers) || timers <= 0) throw new Error('--timers needs a positive integer');
  return { json: argv.includes('--json'), timers };
}

const BATCH = 20; // the worker's default
const PROCESS = 'bench';

/** A process whose one timer kind does nothing: the runtime's own cost, not a handler's. */
const noop: ProcessManager = {
  name: PROCESS,
  eventTypes: [],
  startFrom: 'now',
  react: () => Promise.resolve(),
  timers: { noop: () => Promise.resolve({ outcome: 'done' }) },
};

const nobody: CommandSender = {
  send: () => Promise.reject(new Error('the benchmark process sends no commands')),
};

async function schedule(pool: Pool, n: number): Promise<void> {
  await pool.query('TRUNCATE process_timers');
  await pool.query(
    `INSERT INTO process_timers (key, process, kind, due_at, payload, causation_id, correlation_id)
     SELECT 'bench:' || i, $2, 'noop', now() - interval '1 minute', '{}'::jsonb, 'c', 'c'
       FROM generate_series(1, $1) AS i`,
    [n, PROCESS],
  );
  await pool.query('ANALYZE process_timers');
}

/** Every timer fired, and as many firings as timers: none twice, none lost. */
async function firedOnce(pool: Pool, n: number, firings: number): Promise<void> {
  const { rows } = await pool.query<{ fired: string }>(
    `SELECT count(*) AS fired FROM process_timers WHERE status = 'fired'`,
  );
  if (Number(rows[0]?.fired) !== n || firings !== n)
    throw new Error(`expected ${n} timers fired once each; ${rows[0]?.fired} fired, ${firings} firings`);
}

async function ours(pools: readonly Pool[], n: number): Promise<number> {
  let firings = 0;
  const store = createEventStore(pools[0]!, 'postgres');
  const workers = pools.map(
    (pool, w) =>
      new TimerWorker({
        pool,
        store,
        commands: nobody,
        processes: [noop],
        owner: `bench-${w}`,
        onFired: () => (firings += 1),
      }),
  );
  const run = await timed(async () => {
    await Promise.all(
      workers.map(async (w) => {
        while ((await w.fireDue()) > 0);
      }),
    );
    return n;
  });
  await store.close();
  await firedOnce(pools[0]!, n, firings);
  return run.perSecond;
}

async function raw(pools: readonly Pool[], n: number): Promise<number> {
  let firings = 0;
  const run = await timed(async () => {
    await Promise.all(
      pools.map(async (pool, w) => {
        for (;;) {
          const { rows } = await pool.query<{ key: string }>(
            `UPDATE process_timers SET claimed_by = $1, claimed_until = now() + interval '1 minute'
              WHERE key IN (SELECT key FROM process_timers
                             WHERE status = 'pending' AND due_at <= now() AND process = $2
                               AND (claimed_until IS NULL OR claimed_until < now())
                             ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED)
              RETURNING key`,
            [`raw-${w}`, PROCESS, BATCH],
          );
          if (rows.length === 0) return;
          await pool.query(
            `UPDATE process_timers SET status = 'fired', fired_at = now(), claimed_by = NULL WHERE key = ANY($1)`,
            [rows.map((r) => r.key)],
          );
          firings += rows.length;
        }
      }),
    );
    return n;
  });
  await firedOnce(pools[0]!, n, firings);
  return run.perSecond;
}

export async function main(argv: readonly string[]): Promise<void> {
  const args = parseTimerBenchArgs(argv);
  const schema = await benchSchema('timers');
  const pools = [1, 2, 3, 4].map(() => schema.pool(4));
  try {
    await migrate(pools[0]!);
    await migrateProjections(schema.url);
    const results: CaseResult[] = [];
    for (const workers of [1, 2, 4]) {
      const used = pools.slice(0, workers);
      await schedule(used[0]!, args.timers);
      const baseline = await raw(used, args.timers);
      await schedule(used[0]!, args.timers);
      const mine = await ours(used, args.timers);
      note(`${workers} worker(s): ${mine} timers/s, raw ${baseline}`);
      results.push({
        ...blank(`${args.timers} due timers, ${workers} worker(s)`),
        eventsPerSecond: mine,
        baselinePerSecond: baseline,
        ratio: round2(mine / baseline),
      });
    }
    report(results, args.json);
  } finally {
    await Promise.all(pools.map((p) => p.end()));
    await schema.drop();
  }
}
