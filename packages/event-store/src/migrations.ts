import type { Pool, PoolClient } from 'pg';

export interface Migration {
  /** Unique and stable forever, e.g. `event-store/001-events`. Applied in the order given. */
  readonly id: string;
  readonly sql: string;
  /**
   * Runs after `sql`, in the same transaction and on the same client: for data changes SQL alone
   * cannot make (the hash chain's backfill needs RFC 8785 JSON, which only the application has).
   */
  readonly run?: (client: PoolClient) => Promise<void>;
}

/**
 * Applies the migrations not yet recorded in `casebook_migrations`, each in its own transaction
 * together with its record. A transaction-scoped advisory lock lets several processes start at
 * once: the first applies, the others wait and then find nothing to do.
 */
export async function runMigrations(pool: Pool, migrations: readonly Migration[]): Promise<string[]> {
  const applied: string[] = [];
  // One client for the whole run: on PGlite a second connection must not query mid-transaction.
  const client = await pool.connect();
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS casebook_migrations (
      id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    for (const m of migrations) {
      await client.query('BEGIN');
      try {
        await client.query(`SELECT pg_advisory_xact_lock(hashtext('casebook_migrations'))`);
        const done = await client.query('SELECT 1 FROM casebook_migrations WHERE id = $1', [m.id]);
        if (done.rowCount === 0) {
          await client.query(m.sql);
          await m.run?.(client);
          await client.query('INSERT INTO casebook_migrations (id) VALUES ($1)', [m.id]);
          applied.push(m.id);
        }
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${m.id} failed: ${(e as Error).message}`, { cause: e });
      }
    }
    return applied;
  } finally {
    client.release();
  }
}
