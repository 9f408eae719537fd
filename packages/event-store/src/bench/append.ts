import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { migrate } from '../postgres/schema';
import type { EventToAppend } from '../port';
import { benchSchema, caseResult, type CaseResult, drive, report } from './stats';

/**
 * `pnpm bench append [--json] [--events N]`: the store's append path beside a raw `pg` baseline
 * doing the same durable inserts, in one run, on the PostgreSQL in DATABASE_URL.
 */
const payload = {
  customerId: 'c-1',
  channel: 'phone',
  summary: 'Customer called about a late refund',
  minor: 1999,
};
const metadata = {
  actor: { kind: 'agent' as const, id: 'agent-1' },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  occurredAt: new Date().toISOString(),
};
const event = (): EventToAppend => ({
  eventId: randomUUID(),
  type: 'InteractionLogged',
  data: payload,
  metadata,
});

async function singleAppends(pool: Pool, store: PostgresEventStore, total: number): Promise<CaseResult> {
  const writers = 16;
  const ours = await drive(writers, total, (w, i) => store.appendToStream(`bench-a-${w}-${i}`, [event()]));
  const raw = await drive(writers, total, (w, i) =>
    pool.query(
      'INSERT INTO baseline (stream_id, event_id, type, data, metadata) VALUES ($1, $2, $3, $4, $5)',
      [`raw-a-${w}-${i}`, randomUUID(), 'InteractionLogged', payload, metadata],
    ),
  );
  return caseResult(
    'single-event appends, 16 writers',
    total / ours.seconds,
    total / raw.seconds,
    ours.latencies,
  );
}

async function batchAppends(pool: Pool, store: PostgresEventStore, batches: number): Promise<CaseResult> {
  const writers = 4;
  const ours = await drive(writers, batches, (w, i) =>
    store.appendToStream(`bench-b-${w}-${i}`, Array.from({ length: 100 }, event)),
  );
  const raw = await drive(writers, batches, async (w, i) => {
    const values: unknown[] = [];
    const rows = Array.from({ length: 100 }, (_, j) => {
      values.push(`raw-b-${w}-${i}`, randomUUID(), 'InteractionLogged', payload, metadata);
      const k = j * 5;
      return `($${k + 1}, $${k + 2}, $${k + 3}, $${k + 4}, $${k + 5})`;
    });
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO baseline (stream_id, event_id, type, data, metadata) VALUES ${rows.join(',')}`,
        values,
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  });
  const events = batches * 100;
  return caseResult(
    '100-event appends, 4 writers',
    events / ours.seconds,
    events / raw.seconds,
    ours.latencies,
  );
}

export async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  const n = Number(argv[argv.indexOf('--events') + 1] ?? 0) || 20_000;
  const schema = await benchSchema('append');
  const pool = schema.pool(16);
  try {
    await migrate(pool);
    await pool.query(`CREATE TABLE baseline (id bigserial PRIMARY KEY, stream_id text NOT NULL, event_id uuid NOT NULL UNIQUE,
      type text NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now())`);
    const maxInFlight = Number(process.env.APPEND_IN_FLIGHT ?? 0) || undefined;
    const preparedStatements = process.env.APPEND_PREPARED !== '0';
    const store = new PostgresEventStore({ pool, notifications: false, maxInFlight, preparedStatements });
    await drive(16, 500, (w, i) => store.appendToStream(`warm-${w}-${i}`, [event()]));
    const results = [
      await singleAppends(pool, store, n),
      await batchAppends(pool, store, Math.max(20, n / 200)),
    ];
    report(results, json);
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
