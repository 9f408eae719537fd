import { complaintAggregate } from '@casebook/domain';
import type { EventStore } from '@casebook/event-store';
import { complaintStreams } from './complaint-streams';
import { mergePage, pageRequest, type HistoryAnswer, type HistoryQuery } from './history-page';

/** What the history needs of an aggregate: how its ids read and which stream an id names. */
export interface HistorySubject<Id> {
  readonly id: {
    readonly decode: (
      u: unknown,
    ) => { readonly _tag: 'Left' } | { readonly _tag: 'Right'; readonly right: Id };
  };
  readonly streamId: (id: Id) => string;
}

/**
 * One stream's own events, paged (`GET /customers/{id}/history`, ...). An id its codec refuses
 * cannot name a stream: not found, like a stream never written.
 */
export async function streamHistory<Id>(
  store: EventStore,
  subject: HistorySubject<Id>,
  id: string,
  query: HistoryQuery,
): Promise<HistoryAnswer> {
  const decoded = subject.id.decode(id);
  if (decoded._tag === 'Left') return { _tag: 'NotFound' };
  const streamId = subject.streamId(decoded.right);
  const request = pageRequest(query, streamId);
  if ('errors' in request) return { _tag: 'Invalid', errors: request.errors };
  const head = await store.headPosition();
  const read = await store.readStream(streamId);
  if (!read.streamExists) return { _tag: 'NotFound' };
  return mergePage(streamId, [streamId], read.events, request, head);
}

/**
 * A complaint's whole history: its own events and those of its refunds, escalations and
 * interactions, merged in global-position order (the order the log recorded them), paged.
 * Each page reads the streams afresh: a complaint's history is tens of events, not millions.
 */
export async function complaintHistory(
  store: EventStore,
  id: string,
  query: HistoryQuery,
): Promise<HistoryAnswer> {
  const decoded = complaintAggregate.id.decode(id);
  if (decoded._tag === 'Left') return { _tag: 'NotFound' };
  const own = complaintAggregate.streamId(decoded.right);
  const request = pageRequest(query, own);
  if ('errors' in request) return { _tag: 'Invalid', errors: request.errors };
  const head = await store.headPosition();
  const streams = await complaintStreams(store, decoded.right, head);
  if (streams === null) return { _tag: 'NotFound' };
  const linked = await Promise.all(streams.linked.map((s) => store.readStream(s)));
  const events = [...streams.own, ...linked.flatMap((r) => r.events)];
  return mergePage(own, [own, ...streams.linked], events, request, head);
}
