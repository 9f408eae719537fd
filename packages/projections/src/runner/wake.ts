import type { EventStore } from '@casebook/event-store';

/** Waits `ms`, or less if any of `signals` aborts. */
export function sleep(ms: number, ...signals: AbortSignal[]): Promise<void> {
  return new Promise((resolve) => {
    if (signals.some((s) => s.aborted)) return resolve();
    const timer = setTimeout(done, ms);
    for (const s of signals) s.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      for (const s of signals) s.removeEventListener('abort', done);
      resolve();
    }
  });
}

/**
 * Waits for an append after `after` matching `filter` (through the store's own subscription:
 * in-process wake-up or NOTIFY), for `pollIntervalMs` at most, or until `stop` aborts. The
 * subscription is closed before returning, so no query of it is in flight while the caller's
 * next transaction is open (PGlite's shared session).
 */
export async function waitForAppend(
  store: EventStore,
  after: bigint,
  filter: { readonly eventTypes?: readonly string[]; readonly streamPrefix?: string },
  pollIntervalMs: number,
  stop: AbortSignal,
): Promise<void> {
  const sub = store.subscribeToAll({
    after,
    filter: { eventTypes: filter.eventTypes, streamPrefix: filter.streamPrefix },
    pageSize: 1,
    pollIntervalMs,
  });
  const next = sub[Symbol.asyncIterator]()
    .next()
    .catch(() => undefined);
  // The poll timer ends with the wake-up: left running it would pile up a timer and an abort
  // listener per wake-up (hundreds a second under load).
  const woken = new AbortController();
  await Promise.race([next, sleep(pollIntervalMs, stop, woken.signal)]);
  woken.abort();
  await sub.unsubscribe();
}
