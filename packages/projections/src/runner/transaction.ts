import type { Pool } from 'pg';

/** A statement runner bound to one transaction's connection. */
export type Run = (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * `body` in one transaction on one connection, committed if it returns, rolled back if it throws.
 * On PGlite every connection shares one session, so a transaction must use only its own.
 */
export async function transaction<T>(pool: Pool, body: (q: Run) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await body((text, values) => client.query(text, values));
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
