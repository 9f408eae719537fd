import type { PoolClient } from 'pg';
import type { EventRow } from '../postgres/rows';
import { GENESIS, eventHash } from './hash';

/** The columns the backfill reads: an event as stored, before it had a hash. */
type Row = Omit<EventRow, 'recorded_at' | 'hash'>;

const PAGE = 2000;

/**
 * Hashes every stored event, each stream in position order, by the same definition as the append
 * (chain/hash.ts). Pages by (stream_id, stream_position), the unique index, so memory stays one
 * page whatever the store's size; the running hash crosses pages with the stream.
 */
export async function backfillChain(client: PoolClient): Promise<number> {
  let after: { readonly stream: string; readonly position: string } | null = null;
  let prev: Buffer = GENESIS;
  let prevStream: string | null = null;
  let done = 0;
  for (;;) {
    const rows: Row[] = (
      await client.query<Row>(
        `SELECT global_position, stream_id, stream_position, event_id, type, schema_version, data, metadata
         FROM events
        WHERE $1::text IS NULL OR (stream_id, stream_position) > ($1::text, $2::bigint)
        ORDER BY stream_id, stream_position LIMIT ${PAGE}`,
        [after?.stream ?? null, after?.position ?? null],
      )
    ).rows;
    if (rows.length === 0) return done;
    const hashes = rows.map((r) => {
      if (r.stream_id !== prevStream) prev = GENESIS;
      prevStream = r.stream_id;
      prev = eventHash(prev, BigInt(r.stream_position), {
        streamId: r.stream_id,
        eventId: r.event_id,
        type: r.type,
        schemaVersion: r.schema_version,
        data: r.data,
        metadata: r.metadata,
      });
      return prev;
    });
    await client.query(
      `UPDATE events e SET hash = u.h FROM unnest($1::bigint[], $2::bytea[]) AS u(gp, h)
        WHERE e.global_position = u.gp`,
      [rows.map((r) => r.global_position), hashes],
    );
    done += rows.length;
    const last: Row = rows[rows.length - 1]!;
    after = { stream: last.stream_id, position: last.stream_position };
  }
}
