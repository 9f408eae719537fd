import type { ReadAllOptions, ReadAllResult, StoredEvent } from './port';
import { AppendSignal, pollingSubscription } from './subscription';

const stored = (position: number): StoredEvent => ({
  eventId: `e${position}`,
  streamId: 's',
  streamPosition: BigInt(position - 1),
  globalPosition: BigInt(position),
  type: 'T',
  schemaVersion: 1,
  data: null,
  metadata: { actor: { kind: 'system', id: 'x' }, correlationId: 'c', causationId: 'c', occurredAt: 'now' },
  recordedAt: new Date(0),
  hash: '',
});

/** A log of `size` events; records every read the subscription makes. */
function fakeLog(size: number) {
  const reads: ReadAllOptions[] = [];
  const readAll = (o: ReadAllOptions): Promise<ReadAllResult> => {
    reads.push(o);
    const from = Number(o.after ?? 0n);
    const events = Array.from({ length: Math.max(0, Math.min(o.maxCount!, size - from)) }, (_, i) =>
      stored(from + i + 1),
    );
    return Promise.resolve({ events, lastPosition: BigInt(from + events.length) });
  };
  return { reads, readAll };
}

describe('pollingSubscription', () => {
  it('reads the next page only when the consumer has taken the previous one (back-pressure)', async () => {
    const log = fakeLog(100);
    const sub = pollingSubscription(log.readAll, new AppendSignal().wait, { pageSize: 10 });
    const it = sub[Symbol.asyncIterator]();
    for (let i = 0; i < 10; i++) await it.next();
    expect(log.reads).toHaveLength(1);
    await it.next();
    expect(log.reads.map((r) => r.after)).toEqual([0n, 10n]);
    await sub.unsubscribe();
  });

  it('moves its cursor past events a filtered read skipped', async () => {
    const reads: ReadAllOptions[] = [];
    const readAll = (o: ReadAllOptions): Promise<ReadAllResult> => {
      reads.push(o);
      return Promise.resolve({ events: [], lastPosition: 500n });
    };
    const signal = new AppendSignal();
    const sub = pollingSubscription(readAll, signal.wait, { pollIntervalMs: 5 });
    const pending = sub[Symbol.asyncIterator]().next();
    await new Promise((r) => setTimeout(r, 30));
    await sub.unsubscribe();
    await pending;
    expect(reads.length).toBeGreaterThan(1);
    expect(reads[1]!.after).toBe(500n);
  });

  it('wakes at once on an append signal instead of waiting for the poll interval', async () => {
    const log = fakeLog(0);
    const signal = new AppendSignal();
    const sub = pollingSubscription(log.readAll, signal.wait, { pollIntervalMs: 60_000 });
    const pending = sub[Symbol.asyncIterator]().next();
    await new Promise((r) => setTimeout(r, 10));
    expect(log.reads).toHaveLength(1);
    signal.notify();
    await new Promise((r) => setTimeout(r, 10));
    expect(log.reads).toHaveLength(2);
    await sub.unsubscribe();
    await pending;
  });
});
