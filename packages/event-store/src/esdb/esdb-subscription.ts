import type { AllFilter, StoredEvent, SubscribeOptions, Subscription } from '../port';
import { type AllStreamResolvedEvent, type Client, type JSONRecordedEvent, START } from './client';
import { matchesFilter, serverFilter, toStored } from './records';

/**
 * A catch-up subscription to `$all` on the server (catch-up, then live, on one gRPC call), with
 * the filter applied there and checked again here (see `serverFilter`). It starts strictly after
 * `after`, as EventStoreDB's subscriptions do. Pull-based like the other adapters': the gRPC
 * stream is paused once a page of events waits unread, so a slow consumer holds one page at most.
 */
export function esdbSubscription(client: Client, options: SubscribeOptions = {}): Subscription {
  const after = options.after ?? 0n;
  const high = options.pageSize ?? 500;
  const filter: AllFilter = options.filter ?? {};
  const sub = client.subscribeToAll({
    fromPosition: after === 0n ? START : { commit: after, prepare: after },
    filter: serverFilter(filter),
  });
  const buffer: StoredEvent[] = [];
  let waiter: { resolve: (r: IteratorResult<StoredEvent>) => void; reject: (e: unknown) => void } | undefined;
  let ended = false;
  let failure: Error | undefined;

  const settle = () => {
    if (!waiter) return;
    const w = waiter;
    if (buffer.length > 0) w.resolve({ value: buffer.shift()!, done: false });
    else if (failure !== undefined) w.reject(failure);
    else if (ended) w.resolve({ value: undefined, done: true });
    else return;
    waiter = undefined;
  };
  sub.on('data', (resolved: AllStreamResolvedEvent) => {
    const e = resolved.event as JSONRecordedEvent | undefined;
    // Exclusive as the port promises, whatever the server does with the start position.
    if (ended || !e || (e.position?.commit ?? 0n) <= after || !matchesFilter(e, filter)) return;
    buffer.push(toStored(e));
    if (buffer.length >= high) sub.pause();
    settle();
  });
  sub.on('error', (e: Error) => {
    failure = e;
    settle();
  });
  sub.on('end', () => {
    ended = true;
    settle();
  });

  const end = async () => {
    ended = true;
    buffer.length = 0;
    settle();
    await sub.unsubscribe();
  };
  const iterator: AsyncIterator<StoredEvent> = {
    next() {
      if (buffer.length > 0) {
        const value = buffer.shift()!;
        if (buffer.length < high / 2 && sub.isPaused()) sub.resume();
        return Promise.resolve({ value, done: false });
      }
      if (failure !== undefined) return Promise.reject(failure);
      if (ended) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => (waiter = { resolve, reject }));
    },
    async return() {
      await end();
      return { value: undefined, done: true };
    },
  };
  return { [Symbol.asyncIterator]: () => iterator, unsubscribe: end };
}
