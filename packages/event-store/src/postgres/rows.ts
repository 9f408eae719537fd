import type { EventMetadata, Json, StoredEvent } from '../port';

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

/** Escapes LIKE wildcards so a stream prefix matches literally. */
export function likePrefix(prefix: string): string {
  return prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
}
