import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
/** Latency percentiles in milliseconds from a list of samples (nearest-rank). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[rank]! * 1000) / 1000;
}

export interface CaseResult {
  readonly case: string;
  readonly eventsPerSecond: number;
  readonly baselinePerSecond: number;
  readonly ratio: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** One case's line: our rate beside the baseline's in the same run, and our latencies. */
export function caseResult(name: string, ours: number, baseline: number, latencies: number[]): CaseResult {
  return {
    case: name,
    eventsPerSecond: Math.round(ours),
    baselinePerSecond: Math.round(baseline),
    ratio: Math.round((ours / baseline) * 100) / 100,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

/** Runs `writers` loops of `op` until `total` operations are done; returns ops/s and latencies. */
export async function drive(
  writers: number,
  total: number,
  op: (writer: number, i: number) => Promise<unknown>,
): Promise<{ seconds: number; latencies: number[] }> {
  const latencies: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = next++; i < total; i = next++) {
        const t0 = process.hrtime.bigint();
        await op(w, i);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, latencies };
}

export function report(results: readonly CaseResult[], json: boolean): void {
  if (json) {
    for (const r of results) console.log(JSON.stringify(r));
    return;
  }
  console.table(results.map((r) => ({ ...r })));
}

/** A schema of a benchmark's own on the PostgreSQL in DATABASE_URL, so runs never collide. */
export interface BenchSchema {
  /** DATABASE_URL with the schema as search_path: for a child process. */
  readonly url: string;
  /** A pool whose connections use the schema. */
  pool(max: number): Pool;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

export async function benchSchema(bench: string): Promise<BenchSchema> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error(`pnpm bench ${bench} needs DATABASE_URL (a PostgreSQL server)`);
  const schema = `cb_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Pool({ connectionString: base, max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const options = `-c search_path=${schema}`;
  const sep = base.includes('?') ? '&' : '?';
  return {
    url: `${base}${sep}options=${encodeURIComponent(options)}`,
    pool: (max) => new Pool({ connectionString: base, max, options }),
    async drop() {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
