import { complaintAggregate } from '@casebook/domain';
import {
  type EventRow,
  type EventStore,
  PersonalDataStore,
  type StoredEvent,
  storedForm,
} from '@casebook/event-store';
import type { Pool } from 'pg';
import { complaintStreams } from './complaint-streams';
import { type ExportLine, GENESIS_HEX, toLine } from './export-format';

const byGlobalPosition = (a: ExportLine, b: ExportLine): number =>
  BigInt(a.globalPosition) < BigInt(b.globalPosition) ? -1 : 1;

/** A whole stream's lines: each event links from the one before it, the first from genesis. */
const streamLines = (events: readonly StoredEvent[]): ExportLine[] =>
  events.map((e, i) => toLine(e, i === 0 ? GENESIS_HEX : events[i - 1]!.hash));

/**
 * A complaint's history as the history replay assembles it (its own stream, its refunds',
 * escalations' and interactions'), every stream whole from position 0, in global order. Null when
 * the complaint does not exist.
 */
export async function complaintExport(store: EventStore, id: string): Promise<ExportLine[] | null> {
  const decoded = complaintAggregate.id.decode(id);
  if (decoded._tag === 'Left') return null;
  // The stored form throughout: the bytes the chain covers, sealed personal fields included.
  const stored = storedForm(store);
  const streams = await complaintStreams(stored, decoded.right, await store.headPosition());
  if (streams === null) return null;
  const linked = await Promise.all(streams.linked.map((s) => stored.readStream(s)));
  const lines = [streams.own, ...linked.map((r) => r.events)].flatMap(streamLines);
  return withPersonal(store, lines.sort(byGlobalPosition));
}

/**
 * Each line with sealed personal fields gets them as readable at export time, or erased, under
 * `personal`: outside what the chain covers (`data` keeps the ciphertext it hashed), inside what
 * the manifest's file hash and signature cover.
 */
export async function withPersonal(store: EventStore, lines: ExportLine[]): Promise<ExportLine[]> {
  if (!(store instanceof PersonalDataStore)) return lines;
  const opened = await store.openedFields(lines);
  return lines.map((l, i) => (opened[i] === undefined ? l : { ...l, personal: opened[i] }));
}

/** An event row with its stored predecessor's hash (null at position 0). */
type WindowRow = EventRow & { readonly prev_hash: string | null };

/**
 * Every event recorded in [from, to) up to the readable head, in global order. A stream's first
 * event in the window carries its stored predecessor's hash, so the chain can be checked from
 * there without the rest of the stream.
 */
export async function windowExport(
  pool: Pool,
  store: EventStore,
  from: Date,
  to: Date,
): Promise<ExportLine[]> {
  const head = await store.headPosition();
  const { rows } = await pool.query<WindowRow>(
    `SELECT e.global_position, e.stream_id, e.stream_position, e.event_id, e.type, e.schema_version,
            e.data, e.metadata, e.recorded_at, encode(e.hash, 'hex') AS hash, encode(p.hash, 'hex') AS prev_hash
       FROM events e
       LEFT JOIN events p ON p.stream_id = e.stream_id AND p.stream_position = e.stream_position - 1
      WHERE e.recorded_at >= $1 AND e.recorded_at < $2 AND e.global_position <= $3
      ORDER BY e.global_position`,
    [from, to, head.toString()],
  );
  const lines = rows.map((r) => ({
    streamId: r.stream_id,
    streamPosition: r.stream_position,
    globalPosition: r.global_position,
    eventId: r.event_id,
    type: r.type,
    schemaVersion: r.schema_version,
    data: r.data,
    metadata: r.metadata,
    recordedAt: r.recorded_at.toISOString(),
    // A stream's first event has no predecessor; a missing one mid-stream is shown as genesis and fails the check.
    prevHash: r.prev_hash ?? GENESIS_HEX,
    hash: r.hash,
  }));
  return withPersonal(store, lines);
}
