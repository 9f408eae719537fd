import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { benchSchema } from '@casebook/event-store/bench';
import type { Pool } from 'pg';
import { signToken } from '../auth/jwt';
import { peakRate } from './lifecycle';
import { numberArg, rssMb, soakLoad } from './soak-load';

/** Short windows so that a bounded idempotency table shows within a minute (defaults: 24 h, 60 s). */
const RETENTION_SECONDS = 20;
const PURGE_SECONDS = 5;

/**
 * `pnpm bench soak [--json] [--seconds N] [--rate R]`, against the PostgreSQL in DATABASE_URL,
 * the server in a child process (bench/soak-server.ts, read models on): complaint lifecycles
 * (bench/lifecycle.ts), each command with an Idempotency-Key, paced open-loop at R commands/s
 * (default: half of a 10 s closed-loop peak; with R given, 5 s of warm-up) for N seconds (default
 * 60). Per period (a minute, or 10 s when N < 120): commands/s, non-2xx, p50/p99, the server's RSS
 * and the idempotency table's rows; then a summary with RSS at start and end. Keys are kept 20 s
 * and purged every 5 s.
 */
export async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  const seconds = numberArg(argv, '--seconds', 60);
  const periodSeconds = seconds < 120 ? 10 : 60;
  const schema = await benchSchema('soak');
  const secret = randomBytes(32).toString('hex');
  const child = fork(join(__dirname, 'soak-server.js'), [], {
    env: {
      ...process.env,
      BENCH_DATABASE_URL: schema.url,
      BENCH_SECRET: secret,
      BENCH_RETENTION_SECONDS: String(RETENTION_SECONDS),
      BENCH_PURGE_SECONDS: String(PURGE_SECONDS),
    },
  });
  const pool = schema.pool(1);
  try {
    const api = await ready(child);
    const token = signToken({ sub: 'bench-agent', roles: ['agent'] }, secret, 24 * 3600);
    // With --rate, a short warm-up instead of the peak: a cold server (JIT, pool) stalls the first period.
    const given = numberArg(argv, '--rate', 0);
    const rate = given || Math.max(1, Math.floor((await peakRate(api, token, 10)) / 2));
    if (given) await peakRate(api, token, 5, 4);
    const rssStartMb = rssMb(child.pid!);
    const rows: Record<string, unknown>[] = [];
    await soakLoad({
      base: api,
      token,
      rate,
      seconds,
      periodSeconds,
      onPeriod: async (p) => {
        const row = {
          case: 'soak-period',
          ...p,
          rssMb: rssMb(child.pid!),
          idempotencyRows: await count(pool),
        };
        rows.push(row);
        if (json) console.log(JSON.stringify(row));
      },
    });
    const summary = {
      case: 'soak',
      seconds,
      targetPerSecond: rate,
      retentionSeconds: RETENTION_SECONDS,
      purgeSeconds: PURGE_SECONDS,
      rssStartMb,
      rssEndMb: rssMb(child.pid!),
      idempotencyRowsEnd: await count(pool),
    };
    if (json) console.log(JSON.stringify(summary));
    else console.table([...rows, summary]);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await pool.end();
    await schema.drop();
  }
}

const count = async (pool: Pool) =>
  Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM api_idempotency_keys')).rows[0]!.n);

const ready = (child: ChildProcess) =>
  new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { api: string }).api));
    child.once('exit', (code) => reject(new Error(`soak server exited with ${code}`)));
  });
