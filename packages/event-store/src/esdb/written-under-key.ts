import type { WrittenStream } from '../postgres/idempotency-lookup';
import type { Client } from './client';
import { recentRecords } from './esdb-reads';
import { isSystemStream, type StoredMetadata } from './records';

/**
 * What `findWrittenUnderKey` answers on PostgreSQL, on EventStoreDB: the streams events carrying
 * `key` from `actorId` went to since `since`. EventStoreDB has no index on metadata, so this
 * reads `$all` backwards from its end until events are older than `since`; the API asks only
 * when a request's process died mid-way or a retry finds its key still claimed, both rare and
 * recent, so the read is short.
 */
export async function writtenUnderKey(
  client: Client,
  query: { readonly key: string; readonly actorId: string; readonly since: Date },
): Promise<WrittenStream[]> {
  const found = new Map<string, { first: bigint; last: bigint; at: bigint }>();
  for await (const e of recentRecords(client)) {
    if (e.created < query.since) break;
    if (isSystemStream(e.streamId)) continue;
    const m = (e.metadata as unknown as StoredMetadata | undefined)?.metadata;
    if (m?.idempotencyKey !== query.key || m.actor.id !== query.actorId) continue;
    const seen = found.get(e.streamId);
    // Read newest first: each later sighting is an earlier event.
    found.set(e.streamId, {
      first: e.revision,
      last: seen?.last ?? e.revision,
      at: e.position?.commit ?? 0n,
    });
  }
  return [...found.entries()]
    .sort(([, a], [, b]) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map(([streamId, w]) => ({ streamId, firstPosition: w.first, lastPosition: w.last }));
}
