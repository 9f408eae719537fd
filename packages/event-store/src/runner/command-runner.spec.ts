import { randomUUID } from 'node:crypto';
import { InMemoryEventStore } from '../memory/in-memory-event-store';
import type { EventStore, StoredEvent } from '../port';
import { CommandRunner } from './command-runner';
import { StreamQueue } from './stream-queue';
import { aggregateStream, streamDecision } from './aggregate-stream';
import type { EventCodecLike, CommandPlan } from './types';

/** A counter with a cap: enough rules to exercise every branch of the runner. */
type Ev = { type: 'Added'; data: { n: number } };
type Cmd = { add: number };
const counter = {
  initialState: 0,
  evolve: (s: number, e: Ev) => s + e.data.n,
  decide: (c: Cmd, s: number, ctx?: { cap: number }) =>
    s + c.add > (ctx?.cap ?? 10)
      ? { _tag: 'Left' as const, left: { _tag: 'OverCap', message: 'over the cap' } }
      : {
          _tag: 'Right' as const,
          right: c.add === 0 ? [] : [{ type: 'Added' as const, data: { n: c.add } }],
        },
};
const codec: EventCodecLike<Ev> = {
  fromStored: (e: StoredEvent) => ({ type: e.type, data: e.data }) as Ev,
  toStored: (e: Ev) => e,
};
const envelope = { actor: { kind: 'agent' as const, id: 'a1' }, correlationId: 'c1', causationId: 'k1' };
const addTo = (
  streamId: string,
  add: number,
  extra: { stream?: 'new' | 'existing'; context?: () => Promise<{ cap: number }> } = {},
) => streamDecision({ streamId, decider: counter, codec, command: { add }, ...extra });
const plan = (p: Partial<CommandPlan> & Pick<CommandPlan, 'decisions'>): CommandPlan => ({ envelope, ...p });

/** Appends one event to `streamId` as another writer would. */
const appendBehind = (store: EventStore, streamId: string) =>
  store.appendToStream(streamId, [
    { eventId: randomUUID(), type: 'Added', data: { n: 1 }, metadata: { ...envelope, occurredAt: 'x' } },
  ]);

/** Appends one event to `streamId` behind the runner's back just before its first `times` appends. */
const racing = (store: EventStore, streamId: string, times: number): EventStore => {
  let left = times;
  return Object.assign(Object.create(store) as EventStore, {
    appendToStreams: async (appends: Parameters<EventStore['appendToStreams']>[0]) => {
      if (left-- > 0) await appendBehind(store, streamId);
      return store.appendToStreams(appends);
    },
  });
};

const runnerOn = (store: EventStore) =>
  new CommandRunner(store, {
    newEventId: randomUUID,
    schemaVersions: { Added: 3 },
    clock: () => new Date('2026-01-02T03:04:05.000Z'),
    sleep: () => Promise.resolve(),
  });

describe('CommandRunner', () => {
  it('appends the decided events with the envelope, schema version and the new version', async () => {
    const store = new InMemoryEventStore();
    const result = await runnerOn(store).run(plan({ decisions: [addTo('c-1', 2)] }));
    expect(result).toEqual({
      _tag: 'Right',
      right: [{ streamId: 'c-1', version: 0n, events: [{ type: 'Added', data: { n: 2 } }] }],
    });
    const [event] = (await store.readStream('c-1')).events;
    expect(event).toMatchObject({
      schemaVersion: 3,
      metadata: { ...envelope, occurredAt: '2026-01-02T03:04:05.000Z' },
    });
  });

  it('folds the history before deciding and returns the decider error as Rejected', async () => {
    const store = new InMemoryEventStore();
    await runnerOn(store).run(plan({ decisions: [addTo('c-1', 8)] }));
    const result = await runnerOn(store).run(plan({ decisions: [addTo('c-1', 3)] }));
    expect(result).toEqual({
      _tag: 'Left',
      left: { _tag: 'Rejected', error: { _tag: 'OverCap', message: 'over the cap' } },
    });
  });

  it('passes the context read for the decision to decide', async () => {
    const result = await runnerOn(new InMemoryEventStore()).run(
      plan({ decisions: [addTo('c-1', 3, { context: () => Promise.resolve({ cap: 2 }) })] }),
    );
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'Rejected' } });
  });

  it('retries a lost race from a fresh read', async () => {
    const store = new InMemoryEventStore();
    await runnerOn(store).run(plan({ decisions: [addTo('c-1', 1)] }));
    const result = await runnerOn(racing(store, 'c-1', 2)).run(plan({ decisions: [addTo('c-1', 1)] }));
    expect(result).toMatchObject({ _tag: 'Right', right: [{ version: 3n }] });
  });

  it('gives up with ConcurrencyConflict after the bounded number of attempts (10 by default)', async () => {
    const store = new InMemoryEventStore();
    const lost = await runnerOn(racing(store, 'c-2', 10)).run(plan({ decisions: [addTo('c-2', 1)] }));
    expect(lost).toEqual({
      _tag: 'Left',
      left: { _tag: 'ConcurrencyConflict', streamId: 'c-2', attempts: 10 },
    });
  });

  it('refuses a stale If-Match without retrying, before and after deciding', async () => {
    const store = new InMemoryEventStore();
    await runnerOn(store).run(plan({ decisions: [addTo('c-1', 1)] }));
    const before = await runnerOn(store).run(plan({ decisions: [addTo('c-1', 1)], expectedVersion: 5n }));
    expect(before).toEqual({
      _tag: 'Left',
      left: { _tag: 'StaleVersion', streamId: 'c-1', expected: 5n, actual: 0n },
    });
    const during = await runnerOn(racing(store, 'c-1', 1)).run(
      plan({ decisions: [addTo('c-1', 1)], expectedVersion: 0n }),
    );
    expect(during).toEqual({
      _tag: 'Left',
      left: { _tag: 'StaleVersion', streamId: 'c-1', expected: 0n, actual: 1n },
    });
  });

  it('reports the attempts each run took', async () => {
    const store = new InMemoryEventStore();
    const attempts: number[] = [];
    const runner = new CommandRunner(racing(store, 'c-1', 2), {
      newEventId: randomUUID,
      sleep: () => Promise.resolve(),
      onRun: (n) => attempts.push(n),
    });
    await runner.run(plan({ decisions: [addTo('c-1', 1)] }));
    await runner.run(plan({ decisions: [addTo('c-1', 1, { stream: 'new' })] }));
    expect(attempts).toEqual([3, 1]);
  });

  it('with a queue, parallel commands on one stream wait for each other instead of racing', async () => {
    const store = new InMemoryEventStore();
    await runnerOn(store).run(plan({ decisions: [addTo('c-1', 1)] }));
    const run = (queue?: StreamQueue) => {
      const attempts: number[] = [];
      const runner = new CommandRunner(store, {
        newEventId: randomUUID,
        queue,
        onRun: (n) => attempts.push(n),
      });
      const racers = Array.from({ length: 5 }, () =>
        runner.run(plan({ decisions: [addTo('c-1', 1, { context: () => Promise.resolve({ cap: 100 }) })] })),
      );
      return Promise.all(racers).then(() => attempts);
    };
    expect(Math.max(...(await run()))).toBeGreaterThan(1);
    expect(await run(new StreamQueue())).toEqual([1, 1, 1, 1, 1]);
  });

  it('answers StreamNotFound and StreamAlreadyExists as the decision demands', async () => {
    const store = new InMemoryEventStore();
    const missing = await runnerOn(store).run(plan({ decisions: [addTo('c-1', 1, { stream: 'existing' })] }));
    expect(missing).toEqual({ _tag: 'Left', left: { _tag: 'StreamNotFound', streamId: 'c-1' } });
    await runnerOn(store).run(plan({ decisions: [addTo('c-1', 1, { stream: 'new' })] }));
    const twice = await runnerOn(store).run(plan({ decisions: [addTo('c-1', 1, { stream: 'new' })] }));
    expect(twice).toEqual({ _tag: 'Left', left: { _tag: 'StreamAlreadyExists', streamId: 'c-1' } });
  });

  it('creates a stream without reading it first, and still answers StreamAlreadyExists', async () => {
    const store = new InMemoryEventStore();
    const reads: string[] = [];
    const readStream = store.readStream.bind(store);
    store.readStream = (id, options) => (reads.push(id), readStream(id, options));
    const first = await runnerOn(store).run(plan({ decisions: [addTo('c-1', 1, { stream: 'new' })] }));
    const twice = await runnerOn(store).run(plan({ decisions: [addTo('c-1', 1, { stream: 'new' })] }));
    expect(first._tag).toBe('Right');
    expect(twice).toEqual({ _tag: 'Left', left: { _tag: 'StreamAlreadyExists', streamId: 'c-1' } });
    expect(reads).toEqual([]);
    expect((await store.readStream('c-1')).events).toHaveLength(1);
  });

  it('reads every stream of a plan before any context: a context never sees a newer state than the append expects', async () => {
    const store = new InMemoryEventStore();
    await runnerOn(store).run(plan({ decisions: [addTo('c-2', 1)] }));
    let contexts = 0;
    const readsC2 = addTo('c-1', 1, {
      context: async () => {
        // Another writer moves c-2 while this decision's context reads it.
        if (contexts++ === 0) await appendBehind(store, 'c-2');
        return { cap: 10 };
      },
    });
    const result = await runnerOn(store).run(plan({ decisions: [readsC2, addTo('c-2', 1)] }));
    expect(contexts).toBe(2);
    expect(result).toMatchObject({
      _tag: 'Right',
      right: [
        { streamId: 'c-1', version: 0n },
        { streamId: 'c-2', version: 2n },
      ],
    });
  });

  it('appends several streams atomically: one refusal writes none of them', async () => {
    const store = new InMemoryEventStore();
    const result = await runnerOn(store).run(plan({ decisions: [addTo('c-1', 2), addTo('c-2', 4)] }));
    expect(result).toMatchObject({
      _tag: 'Right',
      right: [{ streamId: 'c-1' }, { streamId: 'c-2', events: [{ data: { n: 4 } }] }],
    });
    const refused = await runnerOn(store).run(plan({ decisions: [addTo('c-1', 1), addTo('c-2', 50)] }));
    expect(refused).toMatchObject({ _tag: 'Left' });
    expect((await store.readStream('c-1')).currentVersion).toBe(0n);
  });
});

describe('aggregateStream', () => {
  it('folds every event of the stream and reports its version', async () => {
    const store = new InMemoryEventStore();
    await runnerOn(store).run(plan({ decisions: [addTo('c-1', 2)] }));
    await runnerOn(store).run(plan({ decisions: [addTo('c-1', 3)] }));
    expect(await aggregateStream(store, 'c-1', { decider: counter, codec })).toEqual({
      state: 5,
      version: 1n,
      exists: true,
    });
  });

  it('reads a missing stream as the initial state, version -1', async () => {
    const read = await aggregateStream(new InMemoryEventStore(), 'c-9', { decider: counter, codec });
    expect(read).toEqual({ state: 0, version: -1n, exists: false });
  });
});
