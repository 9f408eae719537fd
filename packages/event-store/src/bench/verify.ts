import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { verifyAll } from '../chain/verify';
import type { EventToAppend } from '../port';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { migrate } from '../postgres/schema';
import { benchSchema, type CaseResult, drive, percentile, report } from './stats';

/**
 * `pnpm bench verify [--json] [--events N]`: `verify --all` (read every event through the store,
 * recompute every chain) beside a raw paged read of the same rows with `pg`, in one run, on the
 * PostgreSQL in DATABASE_URL. Goal: ratio >= 0.5, i.e. hashing is not the bottleneck.
 */
const metadata = {
  actor: { kind: 'agent' as const, id: 'agent-1' },
  channel: 'phone',
  correlationId: randomUUID(),
  causationId: randomUUID(),
  occurredAt: new Date().toISOString(),
};
const event = (i: number): EventToAppend => ({
  eventId: randomUUID(),
  type: 'InteractionLogged',
  data: {
    customerId: `c-${i}`,
    summary: 'Customer called about a late refund',
    minor: 1999,
    tags: ['refund'],
  },
  metadata,
});

const PAGE = 1000;
const RUNS = 3;

async function rawRead(pool: Pool): Promise<{ events: number; seconds: number; pages: number[] }> {
  const started = process.hrtime.bigint();
  const pages: number[] = [];
  let after = '0';
  let events = 0;
  for (;;) {
    const t0 = process.hrtime.bigint();
    const { rows } = await pool.query<{ global_position: string }>(
      `SELECT global_position, stream_id, stream_position, event_id, type, schema_version, data, metadata,
              recorded_at, encode(hash, 'hex') AS hash
         FROM events WHERE global_position > $1 ORDER BY global_position LIMIT ${PAGE}`,
      [after],
    );
    pages.push(Number(process.hrtime.bigint() - t0) / 1e6);
    events += rows.length;
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.global_position;
  }
  return { events, seconds: Number(process.hrtime.bigint() - started) / 1e9, pages };
}

async function verifyRun(
  store: PostgresEventStore,
): Promise<{ events: number; seconds: number; pages: number[] }> {
  const started = process.hrtime.bigint();
  const pages: number[] = [];
  let last = started;
  const result = await verifyAll(store, {
    pageSize: PAGE,
    onPage: () => {
      const now = process.hrtime.bigint();
      pages.push(Number(now - last) / 1e6);
      last = now;
    },
  });
  if (!result.ok)
    throw new Error(`the bench's own store does not verify: ${JSON.stringify(result.broken[0])}`);
  return { events: result.events, seconds: Number(process.hrtime.bigint() - started) / 1e9, pages };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  const n = Number(argv[argv.indexOf('--events') + 1] ?? 0) || 100_000;
  const schema = await benchSchema('verify');
  const pool = schema.pool(16);
  try {
    await migrate(pool);
    const store = new PostgresEventStore({ pool, notifications: false });
    // Streams of 10 events, written by 16 writers: the log interleaves streams as a live one does.
    await drive(16, n / 10, (_w, i) =>
      store.appendToStream(
        `bench-v-${i}`,
        Array.from({ length: 10 }, (_, j) => event(i * 10 + j)),
      ),
    );
    await pool.query('VACUUM ANALYZE events');
    const raw: number[] = [];
    const ours: number[] = [];
    const pages: number[] = [];
    // Alternating runs, so a change in the machine's load falls on both sides.
    for (let r = 0; r < RUNS; r++) {
      const a = await rawRead(pool);
      raw.push(a.events / a.seconds);
      const b = await verifyRun(store);
      ours.push(b.events / b.seconds);
      pages.push(...b.pages);
    }
    const [o, b] = [median(ours), median(raw)];
    const result: CaseResult = {
      case: `verify --all over ${n} events (${n / 10} streams) vs raw paged read, pages of ${PAGE}`,
      eventsPerSecond: Math.round(o),
      baselinePerSecond: Math.round(b),
      ratio: Math.round((o / b) * 100) / 100,
      p50Ms: percentile(pages, 50),
      p99Ms: percentile(pages, 99),
    };
    report([result], json);
  } finally {
    await pool.end();
    await schema.drop();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
