import {
  eventTypeFilter,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
  type EventData,
  type Filter,
  type JSONRecordedEvent,
  type JSONType,
} from './client';
import type { AllFilter, EventMetadata, EventToAppend, Json, StoredEvent } from '../port';

/**
 * What casebook keeps in an EventStoreDB event's metadata: the caller's metadata untouched, plus
 * what the PostgreSQL store keeps in columns (schema version, chain hash). `$correlationId` and
 * `$causationId` sit at the top level, where EventStoreDB's own `$by_correlation_id` projection
 * and its UI look for them.
 */
export interface StoredMetadata {
  readonly $correlationId: string;
  readonly $causationId: string;
  readonly schemaVersion: number;
  readonly hash: string;
  readonly metadata: EventMetadata;
}

export function toEventData(e: EventToAppend, hash: string): EventData {
  const metadata: StoredMetadata = {
    $correlationId: e.metadata.correlationId,
    $causationId: e.metadata.causationId,
    schemaVersion: e.schemaVersion ?? 1,
    hash,
    metadata: e.metadata,
  };
  return jsonEvent({ id: e.eventId, type: e.type, data: e.data as JSONType, metadata });
}

/** A recorded event as the port returns it; the global position is the commit position. */
export function toStored(r: JSONRecordedEvent): StoredEvent {
  const m = r.metadata as unknown as StoredMetadata;
  return {
    eventId: r.id,
    streamId: r.streamId,
    streamPosition: r.revision,
    globalPosition: r.position?.commit ?? 0n,
    type: r.type,
    schemaVersion: m.schemaVersion,
    data: r.data as Json,
    metadata: m.metadata,
    recordedAt: r.created,
    hash: m.hash,
  };
}

/** `$`-streams are the server's own (settings, statistics, projections' output): never ours. */
export const isSystemStream = (streamId: string): boolean => streamId.startsWith('$');

/** The client-side half of a filter: always applied, since the server filters on one field only. */
export function matchesFilter(r: { streamId: string; type: string }, filter: AllFilter = {}): boolean {
  if (isSystemStream(r.streamId)) return false;
  if (filter.streamPrefix !== undefined && !r.streamId.startsWith(filter.streamPrefix)) return false;
  return filter.eventTypes === undefined || filter.eventTypes.includes(r.type);
}

/**
 * The server-side half: EventStoreDB filters on the stream name or the event type, not both, so
 * a prefix (the narrower, usually) goes to the server and the types are checked here as well.
 * Without either, system events are excluded by the server.
 */
export function serverFilter(filter: AllFilter = {}): Filter {
  if (filter.streamPrefix) return streamNameFilter({ prefixes: [filter.streamPrefix] });
  if (filter.eventTypes) {
    const alternatives = filter.eventTypes.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return eventTypeFilter({ regex: `^(?:${alternatives.join('|')})$` });
  }
  return excludeSystemEvents();
}
