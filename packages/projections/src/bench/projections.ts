import { createEventStore, migrate, type PostgresEventStore } from '@casebook/event-store';
import { Pool } from 'pg';
import { type AnyProjection, migrateProjections, projections } from '../index';
import { buildCases } from './build-cases';
import { appendMix } from './generate';
import { liveLag } from './live-lag';
import { type CaseResult, note, report } from './measure';

/**
 * `pnpm bench projections [--json] [--events N] [--rate R] [--seconds S] [--page-size P]`, on the
 * PostgreSQL in DATABASE_URL, in a schema of its own dropped at the end: a realistic mix of
 * domain events, then (a) the complaints and customer_360 models built by the runner and by
 * `rebuildProjection`, each against a raw harness on the same pages, with peak RSS, and (b) the
 * complaints model's live lag while appends arrive at a steady rate.
 */
export interface BenchArgs {
  readonly json: boolean;
  readonly events: number;
  readonly rate: number;
  readonly seconds: number;
  readonly pageSize: number;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const num = (flag: string, fallback: number): number => {
    const i = argv.indexOf(flag);
    if (i < 0) return fallback;
    const n = Number(argv[i + 1]);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive integer`);
    return n;
  };
  return {
    json: argv.includes('--json'),
    events: num('--events', 200_000),
    rate: num('--rate', 1_000),
    seconds: num('--seconds', 10),
    // rebuildProjection's own default: a rebuild is a batch job. The harness reads the same pages.
    pageSize: num('--page-size', 2000),
  };
}

const named = (name: string): AnyProjection => {
  const p = projections.find((x) => x.name === name);
  if (!p) throw new Error(`no projection named ${name}`);
  return p;
};

/** The benchmark's schema: a pool on it, and a store as the service builds one on PostgreSQL. */
interface Db {
  readonly pool: Pool;
  readonly store: PostgresEventStore;
  /** Opens another pool on the same schema (another "process" appending). */
  readonly open: (max: number) => Pool;
}

async function generate(db: Db, events: number): Promise<number> {
  const started = Date.now();
  const mix = await appendMix(db.store, { events });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  note(`generated ${mix.events} events (${mix.customers} customers) in ${seconds} s`);
  // Fresh statistics, as autovacuum would gather within a minute: without them the planner reads
  // a filtered page through the (type, position) index and sorts all that follows (10x slower).
  await db.pool.query('ANALYZE events');
  return mix.customers;
}

async function cases(db: Db, a: BenchArgs): Promise<CaseResult[]> {
  const customers = await generate(db, a.events);
  const results: CaseResult[] = [];
  for (const name of ['complaints', 'customer_360']) {
    results.push(...(await buildCases(db.pool, db.store, named(name), a.pageSize)));
  }
  const appendPool = db.open(4);
  const appendStore = createEventStore(appendPool, 'postgres');
  try {
    const { pool, store } = db;
    const all = projections;
    const { rate, seconds } = a;
    results.push(await liveLag({ pool, store, appendStore, projections: all, rate, seconds, customers }));
  } finally {
    await appendStore.close();
    await appendPool.end();
  }
  return results;
}

/** Schemas of earlier runs that died before their cleanup (their pid is gone). */
async function dropOrphans(admin: Pool): Promise<void> {
  const { rows } = await admin.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE 'bench\\_projections\\_%'`,
  );
  for (const { name } of rows) {
    const pid = Number(name.split('_').pop());
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch (e) {
      alive = (e as NodeJS.ErrnoException).code === 'EPERM';
    }
    if (!alive) await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  }
}

export async function main(argv: readonly string[]): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('pnpm bench projections needs DATABASE_URL (a PostgreSQL server)');
  const args = parseBenchArgs(argv);
  const schema = `bench_projections_${process.pid}`;
  const admin = new Pool({ connectionString: url, max: 1 });
  await dropOrphans(admin);
  // A dead run of an earlier process with this pid may have left it.
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.query(`CREATE SCHEMA ${schema}`);
  const options = `-c search_path=${schema}`;
  const open = (max: number) => new Pool({ connectionString: url, max, options });
  const pool = open(16);
  const store = createEventStore(pool, 'postgres');
  try {
    await migrate(pool);
    await migrateProjections(`${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(options)}`);
    report(await cases({ pool, store, open }, args), args.json);
  } finally {
    await store.close();
    await pool.end();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
