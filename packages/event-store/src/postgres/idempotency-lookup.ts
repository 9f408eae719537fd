import type { Pool } from 'pg';
import type { Migration } from '../migrations';

/**
 * Lets the API's idempotency gate find what a request wrote when the process died between the
 * append's commit and marking its key done. Partial: most events carry no key, and the index
 * should cost nothing for them.
 */
export const idempotencyKeyIndexMigration: Migration = {
  id: 'event-store/004-idempotency-key-index',
  sql: `CREATE INDEX IF NOT EXISTS events_idempotency_key ON events ((metadata->>'idempotencyKey'))
  WHERE metadata->>'idempotencyKey' IS NOT NULL;`,
};

/** One stream's share of what a request wrote. */
export interface WrittenStream {
  readonly streamId: string;
  /** The first position it wrote: 0 when the request opened the stream. */
  readonly firstPosition: bigint;
  readonly lastPosition: bigint;
}

/**
 * The streams events carrying `key` from `actorId` went to, recorded at or after `since`, in the
 * order they were written (a command's first decision first). Empty when nothing was written.
 * PostgreSQL (and PGlite) only: a metadata query is a secondary index, not part of the EventStore
 * port, and only a key store that outlives a process ever needs it.
 */
export async function findWrittenUnderKey(
  pool: Pool,
  query: { readonly key: string; readonly actorId: string; readonly since: Date },
): Promise<WrittenStream[]> {
  const { rows } = await pool.query<{ stream_id: string; first: string; last: string }>(
    `SELECT stream_id, min(stream_position) AS first, max(stream_position) AS last
       FROM events
      WHERE metadata->>'idempotencyKey' = $1 AND metadata->'actor'->>'id' = $2 AND recorded_at >= $3
      GROUP BY stream_id
      ORDER BY min(global_position)`,
    [query.key, query.actorId, query.since],
  );
  return rows.map((r) => ({
    streamId: r.stream_id,
    firstPosition: BigInt(r.first),
    lastPosition: BigInt(r.last),
  }));
}
