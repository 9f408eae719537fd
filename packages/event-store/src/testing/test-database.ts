import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { startEmbeddedPostgres } from '../pglite/embedded-postgres';
import type { DatabaseKind } from '../postgres/create-event-store';
import { surviveConnectionErrors } from '../postgres/pool-errors';
import { isAlive } from '../pid';

export interface TestDatabase {
  /** 'postgres' when DATABASE_URL is set, else 'pglite' (one session: no real concurrency). */
  readonly kind: DatabaseKind;
  readonly pool: Pool;
  /** Connects to the same isolated schema (for a second pool or a child process). */
  readonly connectionString: string;
  close(): Promise<void>;
}

/** True when tests run against a real PostgreSQL server (races, ordering and locks are real). */
export const onRealPostgres = (): boolean => Boolean(process.env.DATABASE_URL);

/**
 * A database of the caller's own: on the PostgreSQL in DATABASE_URL a fresh schema (dropped on
 * close), so test files and CI runs never collide; without DATABASE_URL a private in-memory PGlite.
 */
export async function openTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return openSchema(url, options.poolSize ?? 10);
  const pg = await startEmbeddedPostgres();
  const pool = new Pool({ connectionString: pg.connectionString, max: options.poolSize ?? 4 });
  return {
    kind: 'pglite',
    pool,
    connectionString: pg.connectionString,
    async close() {
      await pool.end();
      await pg.stop();
    },
  };
}

async function openSchema(url: string, max: number): Promise<TestDatabase> {
  const schema = `cb_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Pool({ connectionString: url, max: 1 });
  await dropOrphans(admin);
  await admin.query(`CREATE SCHEMA ${schema}`);
  const options = `-c search_path=${schema}`;
  // A test that restarts a server of its own must not be killed by this pool's idle clients either.
  const pool = surviveConnectionErrors(new Pool({ connectionString: url, max, options }), () => undefined);
  const sep = url.includes('?') ? '&' : '?';
  return {
    kind: 'postgres',
    pool,
    connectionString: `${url}${sep}options=${encodeURIComponent(options)}`,
    async close() {
      await pool.end();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

/** Schemas of test processes that died before their `close()` (killed runs); ours carry the pid. */
async function dropOrphans(admin: Pool): Promise<void> {
  const { rows } = await admin.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE 'cb\\_test\\_%'`,
  );
  for (const { name } of rows) {
    const pid = Number(name.split('_')[2]);
    if (!isAlive(pid)) await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`).catch(() => undefined);
  }
}
