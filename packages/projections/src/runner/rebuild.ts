import type { AnyProjection } from './projection';
import { type RebuildProgress, Shadow, type ShadowOptions } from './shadow';
import { transaction } from './transaction';
import { quote } from './sql';
import { indexesOf, renameIndexesLike } from './indexes';

export type { RebuildProgress };

export interface RebuildResult {
  /** Events applied to the new tables. */
  readonly events: number;
  readonly elapsedMs: number;
  /** The checkpoint the new tables took over at. */
  readonly position: bigint;
}

/**
 * Rebuilds a model from the whole log into fresh tables while the live one keeps serving, then
 * swaps them in one transaction: readers see the old model, complete, until the swap commits,
 * and the new one, complete, after it. The live runner is held still only for the last pages.
 */
export async function rebuildProjection(options: ShadowOptions): Promise<RebuildResult> {
  const started = Date.now();
  const shadow = new Shadow(options, 'rebuild');
  await shadow.create();
  try {
    await shadow.catchUp();
    await shadow.index();
    for (;;) {
      await shadow.hold();
      const at = await shadow.catchUp();
      if (await swap(options.projection, shadow, at, options)) {
        return { events: shadow.applied, elapsedMs: Date.now() - started, position: at };
      }
      // The hold lapsed before the swap and the live model moved on: catch up again.
    }
  } catch (e) {
    await shadow.release();
    await shadow.drop().catch(() => undefined);
    throw e;
  } finally {
    await shadow.close();
  }
}

/** False when the live model is not where the shadow stands (the hold was lost meanwhile). */
async function swap(
  live: AnyProjection,
  shadow: Shadow,
  at: bigint,
  options: ShadowOptions,
): Promise<boolean> {
  const name = live.name;
  const table = live.table.name;
  const next = shadow.projection;
  return transaction(options.pool, async (q) => {
    const res = await q('SELECT position, held_by FROM projection_checkpoints WHERE name = $1 FOR UPDATE', [
      name,
    ]);
    const row = res.rows[0];
    if (!row || BigInt(row.position as string) !== at || row.held_by !== shadow.holder) return false;
    const names = await indexesOf(q, table);
    await q(`ALTER TABLE ${quote(table)} RENAME TO ${quote(`${table}__old`)}`);
    await q(`ALTER TABLE ${quote(next.table.name)} RENAME TO ${quote(table)}`);
    await q(`DROP TABLE ${quote(`${table}__old`)}`);
    await renameIndexesLike(q, table, names);
    await q('DELETE FROM projection_links WHERE projection = $1', [name]);
    await q('UPDATE projection_links SET projection = $1 WHERE projection = $2', [name, next.name]);
    await q('DELETE FROM projection_checkpoints WHERE name = $1', [next.name]);
    await q(
      'UPDATE projection_checkpoints SET held_by = NULL, held_until = NULL, updated_at = now() WHERE name = $1',
      [name],
    );
    return true;
  });
}
