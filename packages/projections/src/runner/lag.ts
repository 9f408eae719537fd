import type { EventStore } from '@casebook/event-store';
import type { Pool } from 'pg';
import type { AnyProjection } from './projection';

export interface ProjectionLag {
  readonly name: string;
  readonly checkpoint: bigint;
  /** Global positions between the checkpoint and the head (gaps and other events included). */
  readonly eventsBehind: number;
  /** Age of the oldest event the projection still has to apply; 0 when it has applied them all. */
  readonly secondsBehind: number;
}

/**
 * How far each projection trails the log, for `/health/ready`. Reads only committed state (the
 * checkpoint table and the store), so any process may call it, owner or not.
 */
export async function projectionLag(
  pool: Pool,
  store: EventStore,
  projections: readonly AnyProjection[],
  /** `head`: the log's head when the caller has just read it (readiness, metrics), saving a query. */
  options: { readonly now?: () => number; readonly head?: bigint } = {},
): Promise<ProjectionLag[]> {
  const now = options.now ?? Date.now;
  const head = options.head ?? (await store.headPosition());
  const res = await pool.query<{ name: string; position: string }>(
    'SELECT name, position FROM projection_checkpoints WHERE name = ANY($1::text[])',
    [projections.map((p) => p.name)],
  );
  const stored = new Map(res.rows.map((r) => [r.name, BigInt(r.position)]));
  return Promise.all(
    projections.map(async (p): Promise<ProjectionLag> => {
      const checkpoint = stored.get(p.name) ?? 0n;
      const next = await store.readAll({
        after: checkpoint,
        maxCount: 1,
        eventTypes: p.eventTypes,
        streamPrefix: p.streamPrefix,
      });
      const oldest = next.events[0]?.recordedAt.getTime();
      return {
        name: p.name,
        checkpoint,
        eventsBehind: head > checkpoint ? Number(head - checkpoint) : 0,
        secondsBehind: oldest === undefined ? 0 : Math.max(0, (now() - oldest) / 1000),
      };
    }),
  );
}
