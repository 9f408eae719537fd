import { EventIdConflict, WrongExpectedVersion } from '../errors';
import type { EventMetadata, EventStore, ExpectedVersion } from '../port';
import { anEvent, events, streamId } from './fixtures';

/** What an adapter cannot promise, so the contract checks what it does instead. */
export interface ContractOptions {
  /**
   * False where the database has no index by event id (EventStoreDB): a retry is recognised in
   * the stream it went to, and an id reused in another stream is not refused.
   */
  readonly eventIdsUniqueAcrossStreams?: boolean;
}

export function appendContract(store: () => EventStore, options: ContractOptions = {}): void {
  const acrossStreams = options.eventIdsUniqueAcrossStreams ?? true;
  describe('appendToStream: expected version', () => {
    const cases: [string, boolean, ExpectedVersion, 'ok' | bigint][] = [
      ['any on a new stream', false, 'any', 'ok'],
      ['any on an existing stream', true, 'any', 'ok'],
      ['no_stream on a new stream', false, 'no_stream', 'ok'],
      ['no_stream on an existing stream', true, 'no_stream', 0n],
      ['stream_exists on a new stream', false, 'stream_exists', -1n],
      ['stream_exists on an existing stream', true, 'stream_exists', 'ok'],
      ['the exact last position', true, 0n, 'ok'],
      ['a stale position', true, 5n, 0n],
      ['a position on a new stream', false, 0n, -1n],
    ];
    it.each(cases)('%s', async (_name, exists, expectedVersion, outcome) => {
      const id = streamId();
      if (exists) await store().appendToStream(id, [anEvent()]);
      const attempt = store().appendToStream(id, [anEvent()], { expectedVersion });
      if (outcome === 'ok') {
        await expect(attempt).resolves.toMatchObject({ nextExpectedVersion: exists ? 1n : 0n });
      } else {
        const err = await attempt.catch((e: unknown) => e);
        expect(err).toBeInstanceOf(WrongExpectedVersion);
        expect(err).toMatchObject({ streamId: id, expected: expectedVersion, actual: outcome });
        expect((await store().readStream(id)).events).toHaveLength(exists ? 1 : 0);
      }
    });
  });

  describe('appendToStream: atomicity and positions', () => {
    it('gives the events of one call contiguous stream positions and rising global positions', async () => {
      const id = streamId();
      const first = await store().appendToStream(id, events(2));
      const result = await store().appendToStream(id, events(3), {
        expectedVersion: first.nextExpectedVersion,
      });
      const read = await store().readStream(id);
      expect(read.events.map((e) => e.streamPosition)).toEqual([0n, 1n, 2n, 3n, 4n]);
      expect(result).toEqual({ nextExpectedVersion: 4n, lastGlobalPosition: read.events[4]!.globalPosition });
      const gps = read.events.map((e) => e.globalPosition);
      expect([...gps].sort((a, b) => (a < b ? -1 : 1))).toEqual(gps);
      expect(new Set(gps).size).toBe(5);
    });

    it('writes nothing of a multi-event append that fails its version check', async () => {
      const id = streamId();
      await store().appendToStream(id, events(1));
      await expect(store().appendToStream(id, events(3), { expectedVersion: 'no_stream' })).rejects.toThrow(
        WrongExpectedVersion,
      );
      expect((await store().readStream(id)).events).toHaveLength(1);
    });

    // Concurrent calls on one store. The PostgreSQL adapter's batcher sends appends to one stream
    // one after another, so this checks the version answers, not a race inside the database;
    // ordering.int.spec.ts races appends from several pools on a real server.
    it('accepts one of 20 concurrent appends that expect the same version and refuses the rest', async () => {
      const id = streamId();
      await store().appendToStream(id, [anEvent()]);
      const batches = Array.from({ length: 20 }, () => events(2));
      const results = await Promise.allSettled(
        batches.map((batch) => store().appendToStream(id, batch, { expectedVersion: 0n })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const losers = results.filter((r) => r.status === 'rejected').map((r): unknown => r.reason);
      expect(losers.every((e) => e instanceof WrongExpectedVersion)).toBe(true);
      // Each loser is told the version the winner made.
      expect(losers).toEqual(
        Array(19).fill(expect.objectContaining({ streamId: id, expected: 0n, actual: 2n })),
      );
      const winner = batches[results.findIndex((r) => r.status === 'fulfilled')]!;
      const read = await store().readStream(id);
      expect(read.currentVersion).toBe(2n);
      expect(read.events.slice(1).map((e) => e.eventId)).toEqual(winner.map((e) => e.eventId));
    });
  });

  describe('appendToStreams (atomic across streams)', () => {
    it('writes both streams or neither', async () => {
      const [a, b] = [streamId(), streamId()];
      await store().appendToStream(b, [anEvent()]);
      const failing = store().appendToStreams([
        { streamId: a, events: events(1), expectedVersion: 'no_stream' },
        { streamId: b, events: events(1), expectedVersion: 'no_stream' },
      ]);
      await expect(failing).rejects.toMatchObject({ code: 'WrongExpectedVersion', streamId: b, actual: 0n });
      expect((await store().readStream(a)).streamExists).toBe(false);
      const ok = await store().appendToStreams([
        { streamId: a, events: events(2), expectedVersion: 'no_stream' },
        { streamId: b, events: events(1), expectedVersion: 0n },
      ]);
      expect(ok.map((r) => r.nextExpectedVersion)).toEqual([1n, 1n]);
    });
  });

  describe('idempotency by event id', () => {
    it('answers a retry of a successful append with the first result and writes nothing', async () => {
      const id = streamId();
      const batch = events(3);
      const first = await store().appendToStream(id, batch, { expectedVersion: 'no_stream' });
      await store().appendToStream(id, events(1));
      const again = await store().appendToStream(id, batch, { expectedVersion: 'no_stream' });
      expect(again).toEqual(first);
      expect((await store().readStream(id)).events).toHaveLength(4);
    });

    it('refuses the same event id with other content', async () => {
      const id = streamId();
      const e = anEvent('Thing', { n: 1 });
      await store().appendToStream(id, [e]);
      await expect(store().appendToStream(id, [{ ...e, data: { n: 2 } }])).rejects.toThrow(EventIdConflict);
      if (acrossStreams)
        await expect(store().appendToStream(streamId(), [e])).rejects.toThrow(EventIdConflict);
      expect((await store().readStream(id)).events).toHaveLength(1);
    });

    it('refuses an append that repeats only some stored ids', async () => {
      const id = streamId();
      const e = anEvent();
      await store().appendToStream(id, [e]);
      await expect(store().appendToStream(id, [e, anEvent()])).rejects.toThrow(EventIdConflict);
      expect((await store().readStream(id)).events).toHaveLength(1);
    });

    it('refuses an append whose stored id is not its first, and writes nothing of it', async () => {
      const id = streamId();
      const stored = anEvent();
      await store().appendToStream(id, [stored]);
      await expect(store().appendToStream(id, [anEvent(), anEvent(), stored])).rejects.toThrow(
        EventIdConflict,
      );
      expect((await store().readStream(id)).currentVersion).toBe(0n);
    });

    // PostgreSQL probes only the first id of each append before writing (migration 005).
    if (acrossStreams)
      it('refuses an append whose stored id is not its first, in any stream, and writes nothing of it', async () => {
        const stored = anEvent();
        await store().appendToStream(streamId(), [stored]);
        const id = streamId();
        await expect(store().appendToStream(id, [anEvent(), anEvent(), stored])).rejects.toThrow(
          EventIdConflict,
        );
        await expect(
          store().appendToStreams([
            { streamId: streamId(), events: [anEvent()] },
            { streamId: id, events: [anEvent(), stored] },
          ]),
        ).rejects.toThrow(EventIdConflict);
        expect((await store().readStream(id)).streamExists).toBe(false);
      });

    it('answers a retry of an append whose events share one metadata object, and stores it on each', async () => {
      const id = streamId();
      const metadata: EventMetadata = {
        actor: { kind: 'agent', id: 'a-1' },
        correlationId: 'c-shared',
        causationId: 'c-shared',
        occurredAt: '2026-12-02T15:00:00.000Z',
      };
      const batch = events(3).map((e) => ({ ...e, metadata }));
      const first = await store().appendToStream(id, batch);
      expect(await store().appendToStream(id, batch)).toEqual(first);
      const { events: read } = await store().readStream(id);
      expect(read.map((e) => e.metadata)).toEqual([metadata, metadata, metadata]);
      // The same ids with other metadata are not a retry.
      const other = batch.map((e) => ({ ...e, metadata: { ...metadata, correlationId: 'c-other' } }));
      await expect(store().appendToStream(id, other)).rejects.toThrow(EventIdConflict);
    });
  });

  describe('round trip', () => {
    it('returns data and metadata exactly as given: unicode, nesting, large payloads', async () => {
      const id = streamId();
      const data = {
        text: 'Plainte reçue — 顧客の苦情 — شكوى — 🧾✅ "quoted" \\ back\nline',
        nested: { a: [1, 2.5, -3e-7, { b: [null, true, false, ''] }], deep: { x: { y: { z: 'end' } } } },
        big: 'x'.repeat(1_000_000),
        max: Number.MAX_SAFE_INTEGER,
      };
      const e = { ...anEvent('Unicode ✓', data), schemaVersion: 3 };
      await store().appendToStream(id, [e]);
      const [stored] = (await store().readStream(id)).events;
      expect(stored).toMatchObject({ eventId: e.eventId, streamId: id, type: 'Unicode ✓', schemaVersion: 3 });
      expect(stored!.data).toEqual(data);
      expect(stored!.metadata).toEqual(e.metadata);
      expect(stored!.recordedAt).toBeInstanceOf(Date);
    });
  });
}
