import type { Pool } from 'pg';
import type { AnyProjection } from './projection';

/** Creates the checkpoint row at position 0 if missing and returns where the projection stands. */
export async function ensureCheckpoint(pool: Pool, name: string): Promise<bigint> {
  await pool.query(
    'INSERT INTO projection_checkpoints (name, position) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING',
    [name],
  );
  const res = await pool.query<{ position: string }>(
    'SELECT position FROM projection_checkpoints WHERE name = $1',
    [name],
  );
  return BigInt(res.rows[0]?.position ?? 0);
}

/**
 * Empties the model and rewinds its checkpoint to the start of the log, in one transaction. The
 * events up to the old checkpoint were already seen live, so the runner replays them in `replay`
 * mode; side effects do not repeat. A running owner notices the moved checkpoint and follows.
 * Readers see the model empty until it has caught up again (rebuild-and-swap is not built yet).
 */
export async function resetProjection(pool: Pool, projection: AnyProjection): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      'INSERT INTO projection_checkpoints (name, position) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING',
      [projection.name],
    );
    await client.query('SELECT 1 FROM projection_checkpoints WHERE name = $1 FOR UPDATE', [projection.name]);
    await client.query(`DELETE FROM "${projection.table.name}"`);
    await client.query(
      `UPDATE projection_checkpoints SET replay_until = GREATEST(position, replay_until), position = 0,
              updated_at = now() WHERE name = $1`,
      [projection.name],
    );
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
