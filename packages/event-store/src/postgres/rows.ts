import { jcs } from '../chain/canonical';
import { contentDigestHex } from '../chain/hash';
import type { EventMetadata, Json, StoredEvent, StreamAppend } from '../port';

export interface EventRow {
  global_position: string;
  stream_id: string;
  stream_position: string;
  event_id: string;
  type: string;
  schema_version: number;
  data: Json;
  metadata: EventMetadata;
  recorded_at: Date;
  hash: string;
}

export const EVENT_COLUMNS =
  "global_position, stream_id, stream_position, event_id, type, schema_version, data, metadata, recorded_at, encode(hash, 'hex') AS hash";

export function toStoredEvent(r: EventRow): StoredEvent {
  return {
    eventId: r.event_id,
    streamId: r.stream_id,
    streamPosition: BigInt(r.stream_position),
    globalPosition: BigInt(r.global_position),
    type: r.type,
    schemaVersion: r.schema_version,
    data: r.data,
    metadata: r.metadata,
    recordedAt: r.recorded_at,
    hash: r.hash,
  };
}

/** The JSON shape `casebook_append` reads: short keys keep large batches small on the wire. */
export function toBatchJson(appends: readonly StreamAppend[]): string {
  // A command's events share one metadata object (runner/command-runner.ts): canonicalise it once.
  const canonical = new Map<object, string>();
  const metadataJcs = (m: object): string => {
    let text = canonical.get(m);
    if (text === undefined) canonical.set(m, (text = jcs(m)));
    return text;
  };
  return JSON.stringify(
    appends.map((a) => {
      const ev = a.expectedVersion ?? 'any';
      // Events sharing one metadata object (a command's events do) send it once, beside them
      // (migration 005): a 100-event append carries one copy, not a hundred.
      const first = a.events[0]?.metadata;
      const shared = a.events.every((e) => e.metadata === first) ? first : undefined;
      return {
        s: a.streamId,
        k: typeof ev === 'bigint' ? 'exact' : ev,
        x: typeof ev === 'bigint' ? ev.toString() : null,
        m: shared,
        e: a.events.map((e) => {
          const v = e.schemaVersion ?? 1;
          // An object literal, not a spread of `e`: the spread measured twice the digest's cost.
          const fields = {
            streamId: a.streamId,
            eventId: e.eventId,
            type: e.type,
            schemaVersion: v,
            data: e.data,
            metadata: e.metadata,
          };
          // The store chains this digest to the stream's head inside the append (schema-chain.ts).
          const h = contentDigestHex(fields, metadataJcs(e.metadata));
          return {
            id: e.eventId,
            t: e.type,
            v,
            d: e.data,
            m: shared === undefined ? e.metadata : undefined,
            h,
          };
        }),
      };
    }),
  );
}

/** Escapes LIKE wildcards so a stream prefix matches literally. */
export function likePrefix(prefix: string): string {
  return prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
}
