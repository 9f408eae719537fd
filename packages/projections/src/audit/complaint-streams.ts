import {
  complaintAggregate,
  escalationAggregate,
  refundAggregate,
  returnAggregate,
  type ComplaintId,
  type InteractionEventType,
} from '@casebook/domain';
import { foldStored, type EventStore, type StoredEvent } from '@casebook/event-store';

/** Interaction events that tie an interaction to a complaint: at its start, or linked later. */
const LINKING: readonly InteractionEventType[] = [
  'InteractionQueued',
  'InteractionStarted',
  'InteractionLinkedToComplaint',
];
const PAGE = 1000;

/** Reads the raw data: a link decoded through the codec would be the same field, at more cost. */
const linksTo = (e: StoredEvent, complaintId: string): boolean =>
  (e.data as { readonly complaintId?: unknown } | null)?.complaintId === complaintId;

/**
 * The interaction streams that were ever tied to the complaint. An interaction links itself (on
 * its own stream), so the complaint's state does not list them: they are found in the log, read
 * by event type up to `head`. That works on every store, the in-memory one included; on
 * PostgreSQL the `(type, global_position)` index serves it. An interaction moved to another
 * complaint later stays in this one's history: it was part of it for a while.
 */
async function interactionsLinkedTo(store: EventStore, complaintId: string, head: bigint): Promise<string[]> {
  const found = new Set<string>();
  let after = 0n;
  while (after < head) {
    const page = await store.readAll({ after, maxCount: PAGE, eventTypes: LINKING });
    for (const e of page.events) if (linksTo(e, complaintId)) found.add(e.streamId);
    if (page.lastPosition <= after) break; // nothing more to look at
    after = page.lastPosition;
  }
  return [...found];
}

/** The complaint's own events and the streams that belong to it, or null when it does not exist. */
export async function complaintStreams(
  store: EventStore,
  complaintId: ComplaintId,
  head: bigint,
): Promise<{ readonly own: readonly StoredEvent[]; readonly linked: readonly string[] } | null> {
  const read = await store.readStream(complaintAggregate.streamId(complaintId));
  if (!read.streamExists) return null;
  const { decider, events: codec } = complaintAggregate;
  const state = foldStored(read.events, { decider, codec });
  if (state.status === 'none') return { own: read.events, linked: [] };
  return {
    own: read.events,
    linked: [
      ...state.refunds.map((r) => refundAggregate.streamId(r.refundId)),
      ...state.escalationIds.map((id) => escalationAggregate.streamId(id)),
      ...state.returnIds.map((id) => returnAggregate.streamId(id)),
      ...(await interactionsLinkedTo(store, complaintId, head)),
    ],
  };
}
