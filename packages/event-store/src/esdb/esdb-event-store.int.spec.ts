import { verifyStream } from '../chain/verify';
import { isConnectionError } from '../postgres/pool-errors';
import { eventStoreContract } from '../testing/contract';
import { type EsdbTestServer, startEsdbTestServer } from '../testing/esdb-test-server';
import { anEvent, events, meta, readWholeLog, streamId } from '../testing/fixtures';
import { AppendTimeout, EsdbEventStore, PartialAppend } from './esdb-event-store';

/** EventStoreDB has no index by event id: see ContractOptions. */
const noIdIndex = { eventIdsUniqueAcrossStreams: false };

/**
 * The contract through the real client, against EventStoreDB when EVENTSTORE_URL names one, else
 * against the protocol-level test server twice: once over BatchAppend, once over Append (the
 * features probe unimplemented, as on an old server).
 */
const open = (batchAppend: boolean) => async () => {
  const real = process.env.EVENTSTORE_URL;
  const server = real ? undefined : await startEsdbTestServer({ batchAppend });
  const store = new EsdbEventStore({ url: real ?? server!.url });
  return {
    store,
    async close() {
      await store.close();
      await server?.close();
    },
  };
};

if (process.env.EVENTSTORE_URL) {
  eventStoreContract('EventStoreDB (EVENTSTORE_URL)', open(true), noIdIndex);
} else {
  eventStoreContract('EventStoreDB via the test server, BatchAppend', open(true), noIdIndex);
  eventStoreContract('EventStoreDB via the test server, Append (no features probe)', open(false), noIdIndex);
}

describe.each([true, false])('the test server advertising BatchAppend: %s', (batchAppend) => {
  it('is appended to over the RPC it advertises (BatchAppend, else Append)', async () => {
    const server = await startEsdbTestServer({ batchAppend });
    const store = new EsdbEventStore({ url: server.url });
    try {
      await store.appendToStream(streamId(), events(2));
      await store.appendToStream(streamId(), events(1));
      expect(server.log.calls).toEqual(
        batchAppend ? { append: 0, batchAppend: 2 } : { append: 2, batchAppend: 0 },
      );
    } finally {
      await store.close();
      await server.close();
    }
  });
});

// What only this adapter does; on the test server, whose log the tests can reach into.
describe('EventStoreDB adapter', () => {
  let server: EsdbTestServer;
  let store: EsdbEventStore;
  let other: EsdbEventStore;
  beforeAll(async () => {
    server = await startEsdbTestServer({ batchAppend: true });
    store = new EsdbEventStore({ url: server.url, appendDeadlineMs: 300 });
    other = new EsdbEventStore({ url: server.url });
  });
  afterAll(async () => {
    await store.close();
    await other.close();
    await server.close();
  });

  it("hides the server's $-streams and gives commit positions, which are not contiguous", async () => {
    await store.appendToStream(streamId(), events(3));
    expect(server.log.all[0]!.streamId).toBe('$epochs');
    const log = await readWholeLog(store);
    expect(log.some((e) => e.streamId.startsWith('$'))).toBe(false);
    expect(log.map((e) => e.globalPosition)).toEqual(server.log.all.slice(1).map((e) => e.position));
    expect(log[1]!.globalPosition - log[0]!.globalPosition).toBeGreaterThan(1n);
  });

  it('chains one stream written by two processes at once: the loser of the head re-reads and tries again', async () => {
    const id = streamId('race');
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? store : other).appendToStream(id, events(2))),
    );
    expect(await verifyStream(store, id)).toEqual({ streamId: id, events: 20, ok: true });
  });

  it('says which streams a multi-stream append wrote when another writer won the next one', async () => {
    const [a, b] = [streamId('partial-a'), streamId('partial-b')];
    await store.appendToStream(b, [anEvent()]);
    // Another process appends to b the moment a is written, between the check and the write.
    const intrude = () => {
      if (!server.log.stream(a)) return;
      server.log.off('appended', intrude);
      server.log.append(b, 'any', [{ ...server.log.stream(b)![0]!, id: anEvent().eventId }]);
    };
    server.log.on('appended', intrude);
    const err = await store
      .appendToStreams([
        { streamId: a, events: [anEvent()], expectedVersion: 'no_stream' },
        { streamId: b, events: [anEvent()], expectedVersion: 0n },
      ])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PartialAppend);
    expect(err).toMatchObject({ written: [a], cause: { code: 'WrongExpectedVersion', actual: 1n } });
  });

  it('finds the streams a request wrote under its idempotency key, oldest first, by reading $all back', async () => {
    const since = new Date(Date.now() - 1000);
    const [a, b] = [streamId('key-a'), streamId('key-b')];
    const keyed = (key: string, actor = 'ana') => ({
      ...anEvent(),
      metadata: meta({ idempotencyKey: key, actor: { kind: 'agent', id: actor } }),
    });
    await store.appendToStream(a, [anEvent(), keyed('k-1'), keyed('k-1')]);
    await store.appendToStream(b, [keyed('k-1'), keyed('k-1', 'bob'), keyed('k-2')]);
    await store.appendToStream(streamId(), events(600)); // more than one page back
    expect(await store.writtenUnderKey({ key: 'k-1', actorId: 'ana', since })).toEqual([
      { streamId: a, firstPosition: 1n, lastPosition: 2n },
      { streamId: b, firstPosition: 0n, lastPosition: 0n },
    ]);
    const later = new Date(Date.now() + 60_000);
    expect(await store.writtenUnderKey({ key: 'k-1', actorId: 'ana', since: later })).toEqual([]);
  });

  it('gives up on an append the server never answers, after the deadline, as on a database out of reach', async () => {
    server.log.stallAppends = true;
    const started = Date.now();
    try {
      const err = await store.appendToStream(streamId(), [anEvent()]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppendTimeout);
      // The API answers it as it answers a database out of reach: 503, retry shortly.
      expect(isConnectionError(err)).toBe(true);
    } finally {
      server.log.stallAppends = false;
    }
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
