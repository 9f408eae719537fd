import type { Json, StoredEvent } from '@casebook/event-store';

/** Who did it, as the event's metadata recorded: the kind is the caller's role. */
export interface HistoryActor {
  readonly id: string;
  readonly kind: string;
  /** Set when a service acted for a named agent. */
  readonly onBehalfOf: { readonly kind: string; readonly id: string } | null;
}

/**
 * One event as an auditor reads it: the fact (type, data as stored), who, through which channel,
 * both clocks, the causal ids, and where it sits in its stream and in the global log. Positions
 * are numbers: a log of 2^53 events is not a worry here (the state answer's `version` is one too).
 */
export interface HistoryEntry {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Json;
  readonly actor: HistoryActor;
  readonly channel: string | null;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly streamId: string;
  readonly streamPosition: number;
  readonly globalPosition: number;
}

export function toHistoryEntry(e: StoredEvent): HistoryEntry {
  const { actor, channel, occurredAt, correlationId, causationId } = e.metadata;
  return {
    eventId: e.eventId,
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    actor: { id: actor.id, kind: actor.kind, onBehalfOf: actor.onBehalfOf ?? null },
    channel: channel ?? null,
    occurredAt,
    recordedAt: e.recordedAt.toISOString(),
    correlationId,
    causationId,
    streamId: e.streamId,
    streamPosition: Number(e.streamPosition),
    globalPosition: Number(e.globalPosition),
  };
}
