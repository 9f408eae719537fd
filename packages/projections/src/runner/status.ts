import type { EventStore } from '@casebook/event-store';
import type { Pool } from 'pg';
import { projectionLag } from './lag';
import { LOCK_SPACE } from './ownership';
import type { AnyProjection } from './projection';

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: bigint;
  readonly head: bigint;
  readonly eventsBehind: number;
  readonly secondsBehind: number;
  /** The last process to write the checkpoint (`host:pid:random`). */
  readonly owner: string | null;
  /** Whether some process holds the projection's ownership lock now. */
  readonly ownerActive: boolean;
  readonly updatedAt: string | null;
  /** A rebuild or verify holding the model still, if any. */
  readonly heldBy: string | null;
}

/** Every projection's checkpoint, lag and owner: `casebook projections status`. */
export async function projectionStatus(
  pool: Pool,
  store: EventStore,
  projections: readonly AnyProjection[],
): Promise<ProjectionStatus[]> {
  const head = await store.headPosition();
  const lags = await projectionLag(pool, store, projections, { head });
  // The two-int advisory lock shows in pg_locks as classid = first key, objid = second (unsigned).
  const res = await pool.query<{
    name: string;
    owner: string | null;
    updated_at: Date | null;
    held_by: string | null;
    active: boolean;
  }>(
    `SELECT p.name, c.owner, c.updated_at, CASE WHEN c.held_until > now() THEN c.held_by END AS held_by,
            EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted
                      AND l.classid = $2 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                      AND l.objid = (hashtext(current_schema() || '/' || p.name)::bigint & 4294967295)::oid
                      AND l.objsubid = 2) AS active
       FROM unnest($1::text[]) AS p(name) LEFT JOIN projection_checkpoints c ON c.name = p.name`,
    [projections.map((p) => p.name), LOCK_SPACE],
  );
  const rows = new Map(res.rows.map((r) => [r.name, r]));
  return lags.map((lag) => {
    const row = rows.get(lag.name);
    return {
      ...lag,
      head,
      owner: row?.owner ?? null,
      ownerActive: row?.active ?? false,
      updatedAt: row?.updated_at?.toISOString() ?? null,
      heldBy: row?.held_by ?? null,
    };
  });
}
