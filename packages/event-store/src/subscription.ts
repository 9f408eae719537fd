import type { ReadAllOptions, ReadAllResult, StoredEvent, SubscribeOptions, Subscription } from './port';

/** Something that resolves when new events may be readable, or after `ms` at the latest. */
export type WaitForAppend = (ms: number, signal: AbortSignal) => Promise<void>;

/**
 * Catch-up then live over any `readAll`: reads a page, hands its events out one by one as the
 * consumer pulls, and only then reads the next page. So the store never holds more than one
 * page for a slow consumer (back-pressure), and live mode is the same loop waiting for a wake-up
 * (an append in this process, a NOTIFY from another) or the poll interval.
 */
export function pollingSubscription(
  readAll: (page: ReadAllOptions) => Promise<ReadAllResult>,
  waitForAppend: WaitForAppend,
  options: SubscribeOptions = {},
): Subscription {
  const pageSize = options.pageSize ?? 500;
  const pollMs = options.pollIntervalMs ?? 500;
  const stop = new AbortController();
  let position = options.after ?? 0n;

  async function* events(): AsyncGenerator<StoredEvent> {
    while (!stop.signal.aborted) {
      const page = await readAll({ ...options.filter, after: position, maxCount: pageSize });
      for (const e of page.events) {
        if (stop.signal.aborted) return;
        position = e.globalPosition;
        yield e;
      }
      if (page.lastPosition > position) position = page.lastPosition;
      if (page.events.length < pageSize && !stop.signal.aborted) await waitForAppend(pollMs, stop.signal);
    }
  }

  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async unsubscribe() {
      stop.abort();
      await iterator.return(undefined);
    },
  };
}

/**
 * In-process wake-ups: appends call `notify()`, subscriptions wait on `wait()`. Used by every
 * adapter; the PostgreSQL adapter also feeds it from LISTEN for appends made by other processes.
 */
export class AppendSignal {
  private waiters = new Set<() => void>();

  notify(): void {
    const ws = this.waiters;
    this.waiters = new Set();
    ws.forEach((w) => w());
  }

  readonly wait: WaitForAppend = (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
      this.waiters.add(done);
    });
}
