import type { Pool } from 'pg';
import type { AnyProjection } from './projection';
import { transaction } from './transaction';

/**
 * Where the projection stands; creates its checkpoint row at position 0 the first time. One query
 * once the row exists: rebuilds read it before every page.
 */
export async function ensureCheckpoint(pool: Pool, name: string): Promise<bigint> {
  const select = () =>
    pool.query<{ position: string }>('SELECT position FROM projection_checkpoints WHERE name = $1', [name]);
  let res = await select();
  if (res.rows.length === 0) {
    await pool.query(
      'INSERT INTO projection_checkpoints (name, position) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING',
      [name],
    );
    res = await select();
  }
  return BigInt(res.rows[0]?.position ?? 0);
}

/**
 * Empties the model and rewinds its checkpoint to the start of the log, in one transaction. The
 * events up to the old checkpoint were already seen live, so the runner replays them in `replay`
 * mode; side effects do not repeat. A running owner notices the moved checkpoint and follows.
 * Readers see the model empty until it has caught up again: on a serving system use
 * `rebuildProjection`, which builds beside the live model and swaps.
 */
export async function resetProjection(pool: Pool, projection: AnyProjection): Promise<void> {
  await transaction(pool, async (q) => {
    await q(
      'INSERT INTO projection_checkpoints (name, position) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING',
      [projection.name],
    );
    await q('SELECT 1 FROM projection_checkpoints WHERE name = $1 FOR UPDATE', [projection.name]);
    await q(`DELETE FROM "${projection.table.name}"`);
    await q(
      `UPDATE projection_checkpoints SET replay_until = GREATEST(position, replay_until), position = 0,
              updated_at = now() WHERE name = $1`,
      [projection.name],
    );
  });
}
