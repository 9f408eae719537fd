import { randomUUID } from 'node:crypto';
import type { EventMetadata, EventStore, EventToAppend, Json, StoredEvent, Subscription } from '../port';

export const meta = (extra: Record<string, Json> = {}): EventMetadata => ({
  actor: { kind: 'agent', id: 'agent-7' },
  channel: 'phone',
  correlationId: 'corr-1',
  causationId: 'cause-1',
  occurredAt: '2026-11-23T10:00:00.000Z',
  ...extra,
});

export const anEvent = (type = 'Thing', data: Json = { n: 1 }): EventToAppend => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  data,
  metadata: meta(),
});

export const events = (n: number, type = 'Thing'): EventToAppend[] =>
  Array.from({ length: n }, (_, i) => anEvent(type, { i }));

let counter = 0;
/** A stream id unique within the run, so tests sharing a store never see each other's streams. */
export const streamId = (prefix = 'test'): string =>
  `${prefix}-${process.pid}-${++counter}-${randomUUID().slice(0, 8)}`;

/** Pulls exactly n events from a subscription, failing after `ms`. */
export async function take(sub: Subscription, n: number, ms = 10_000): Promise<StoredEvent[]> {
  const got: StoredEvent[] = [];
  if (n === 0) return got;
  const it = sub[Symbol.asyncIterator]();
  const deadline = Date.now() + ms;
  while (got.length < n) {
    let timer: NodeJS.Timeout | undefined;
    const next = await Promise.race([
      it.next(),
      new Promise<'timeout'>(
        (r) => (timer = setTimeout(() => r('timeout'), Math.max(deadline - Date.now(), 0))),
      ),
    ]).finally(() => clearTimeout(timer));
    if (next === 'timeout') throw new Error(`timed out after ${got.length} of ${n} events`);
    if (next.done) break;
    got.push(next.value);
  }
  return got;
}

/** Everything in the log, page by page. */
export async function readWholeLog(store: EventStore, pageSize = 1000): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  let after = 0n;
  for (;;) {
    const page = await store.readAll({ after, maxCount: pageSize });
    all.push(...page.events);
    if (page.events.length < pageSize) return all;
    after = page.lastPosition;
  }
}
