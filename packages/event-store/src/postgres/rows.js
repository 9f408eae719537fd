'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.EVENT_COLUMNS = void 0;
exports.toStoredEvent = toStoredEvent;
exports.toBatchJson = toBatchJson;
exports.likePrefix = likePrefix;
exports.EVENT_COLUMNS =
  'global_position, stream_id, stream_position, event_id, type, schema_version, data, metadata, recorded_at';
function toStoredEvent(r) {
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
  };
}
/** The JSON shape `casebook_append` reads: short keys keep large batches small on the wire. */
function toBatchJson(appends) {
  return JSON.stringify(
    appends.map((a) => {
      const ev = a.expectedVersion ?? 'any';
      return {
        s: a.streamId,
        k: typeof ev === 'bigint' ? 'exact' : ev,
        x: typeof ev === 'bigint' ? ev.toString() : null,
        e: a.events.map((e) => ({
          id: e.eventId,
          t: e.type,
          v: e.schemaVersion ?? 1,
          d: e.data,
          m: e.metadata,
        })),
      };
    }),
  );
}
/** Escapes LIKE wildcards so a stream prefix matches literally. */
function likePrefix(prefix) {
  return prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
}
