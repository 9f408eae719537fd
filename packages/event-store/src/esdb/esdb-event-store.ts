import { GENESIS_HEX, eventHashHex } from '../chain/hash';
import { jcs } from '../chain/canonical';
import { EventIdConflict, WrongExpectedVersion } from '../errors';
import { versionMatches } from '../memory/in-memory-event-store';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  ReadStreamResult,
  StoredEvent,
  StreamAppend,
  SubscribeOptions,
  Subscription,
} from '../port';
import { StreamQueue } from '../runner/stream-queue';
import { validateAppend, validateAppends, validateMaxCount, validateStreamId } from '../validate';
import { Client, NO_STREAM, WrongExpectedVersionError } from './client';
import { lastPosition, readAllRecords, readRecords, streamHead } from './esdb-reads';
import { esdbSubscription } from './esdb-subscription';
import { matchesFilter, toEventData, toStored } from './records';
import { writtenUnderKey } from './written-under-key';
import type { WrittenStream } from '../postgres/idempotency-lookup';

export interface EsdbEventStoreOptions {
  /** `esdb://host:port?tls=false`, or a cluster's `esdb+discover://...`. */
  readonly url: string;
  /** An append with no answer by then fails (an unanswered BatchAppend has no deadline of its own). */
  readonly appendDeadlineMs?: number;
}

/** Events of `$all` read per round trip while filtering on this side. */
const SCAN = 1000;
/** How far back from a stream's head a retried append's events are looked for. */
const RETRY_WINDOW = 64;
/** Tries of an `any` append that lost a race for the stream head (its hashes chain from the head). */
const HEAD_RACES = 10;

/** One stream's part, checked and ready: either the first result of a retry or what to write. */
type Checked =
  | { readonly replayed: AppendResult }
  | { readonly streamId: string; readonly head: bigint; readonly events: ReturnType<typeof toEventData>[] };

/** No answer to an append within the deadline: it may or may not have been written. */
export class AppendTimeout extends Error {
  readonly code = 'AppendTimeout' as const;
  constructor(
    readonly streamId: string,
    readonly ms: number,
  ) {
    super(`append to ${streamId}: no answer within the ${ms} ms deadline; it may or may not be written`);
    this.name = 'AppendTimeout';
  }
}

/**
 * Thrown when a multi-stream append wrote some streams and then lost a race on another: EventStoreDB
 * has no transaction across streams. Not a WrongExpectedVersion, so the command runner does not
 * decide again (it would write the first streams twice); docs/operations.md says what to do.
 */
export class PartialAppend extends Error {
  readonly code = 'PartialAppend' as const;
  constructor(
    readonly written: readonly string[],
    override readonly cause: Error,
  ) {
    super(`multi-stream append wrote ${written.join(', ')} and then failed: ${cause.message}`);
    this.name = 'PartialAppend';
  }
}

/**
 * The EventStore port on EventStoreDB (or KurrentDB) through its gRPC client: one client, one
 * multiplexed channel per process. Hash chains are computed here from the stream's head and the
 * append is sent with that head as its exact expected revision, so two writers can never fork a
 * chain: the loser re-reads and, if its caller allowed any version, tries again.
 */
export class EsdbEventStore implements EventStore {
  readonly client: Client;
  private readonly queue = new StreamQueue();
  private readonly deadline: number;

  constructor(options: EsdbEventStoreOptions) {
    this.client = Client.connectionString(options.url);
    this.deadline = options.appendDeadlineMs ?? 10_000;
  }

  async appendToStream(streamId: string, events: readonly EventToAppend[], options: AppendOptions = {}) {
    const append = { streamId, events, expectedVersion: options.expectedVersion ?? 'any' };
    validateAppend(append);
    return (await this.queue.run([streamId], () => this.appendAll([append])))[0]!;
  }

  /**
   * Every stream is checked (versions, retried ids) before any is written, and this process
   * writes no other append to them meanwhile; another process can still win a stream between the
   * check and the write, and then the streams before it stay written (`PartialAppend`).
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<readonly AppendResult[]> {
    validateAppends(appends);
    return this.queue.run(
      appends.map((a) => a.streamId),
      () => this.appendAll(appends),
    );
  }

  private async appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    if (appends.length === 1) return [await this.appendOne(appends[0]!)];
    const checked = await Promise.all(appends.map((a) => this.check(a)));
    const results: AppendResult[] = [];
    for (const [i, c] of checked.entries()) {
      try {
        results.push('replayed' in c ? c.replayed : await this.write(c));
      } catch (e) {
        if (results.length === 0) throw this.wrongVersion(appends[i]!, e);
        throw new PartialAppend(
          appends.slice(0, i).map((a) => a.streamId),
          this.wrongVersion(appends[i]!, e) as Error,
        );
      }
    }
    return results;
  }

  private async appendOne(a: StreamAppend): Promise<AppendResult> {
    for (let race = 1; ; race++) {
      const c = await this.check(a);
      if ('replayed' in c) return c.replayed;
      try {
        return await this.write(c);
      } catch (e) {
        const mapped = this.wrongVersion(a, e);
        const mayRetry =
          mapped instanceof WrongExpectedVersion && versionMatches(a.expectedVersion ?? 'any', mapped.actual);
        if (!mayRetry || race >= HEAD_RACES) throw mapped;
      }
    }
  }

  /** Reads the head, answers a retry with its first result, checks the version, chains hashes. */
  private async check(a: StreamAppend): Promise<Checked> {
    const headEvent = await streamHead(this.client, a.streamId);
    const head = headEvent?.revision ?? -1n;
    const replayed = await this.replayed(a, head);
    if (replayed) return { replayed };
    const expected = a.expectedVersion ?? 'any';
    if (!versionMatches(expected, head)) throw new WrongExpectedVersion(a.streamId, expected, head);
    let prev = headEvent ? toStored(headEvent).hash : GENESIS_HEX;
    const events = a.events.map((e, i) => {
      const fields = { ...e, streamId: a.streamId, schemaVersion: e.schemaVersion ?? 1 };
      prev = eventHashHex(prev, head + 1n + BigInt(i), fields);
      return toEventData(e, prev);
    });
    return { streamId: a.streamId, head, events };
  }

  /**
   * With the head as the exact expected revision. The deadline is ours: the client sends one to
   * the server on BatchAppend but waits for the answer without one, so a lost reply would hang.
   */
  private async write(c: { streamId: string; head: bigint; events: ReturnType<typeof toEventData>[] }) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AppendTimeout(c.streamId, this.deadline)), this.deadline);
    });
    const sent = this.client.appendToStream(c.streamId, c.events, {
      expectedRevision: c.head === -1n ? NO_STREAM : c.head,
      deadline: this.deadline,
    });
    const result = await Promise.race([sent, timeout]).finally(() => clearTimeout(timer));
    return {
      nextExpectedVersion: result.nextExpectedRevision,
      lastGlobalPosition: result.position?.commit ?? 0n,
    };
  }

  private wrongVersion(a: StreamAppend, e: unknown): unknown {
    if (!(e instanceof WrongExpectedVersionError)) return e;
    const actual = e.actualVersion === 'no_stream' ? -1n : BigInt(e.actualVersion);
    return new WrongExpectedVersion(a.streamId, a.expectedVersion ?? 'any', actual);
  }

  /**
   * EventStoreDB has no index by event id, so a retry is recognised in the stream it was written
   * to: at the position its expected version names, or among the stream's last events. An id
   * reused in another stream is not seen (see docs/architecture.md).
   */
  private async replayed(a: StreamAppend, head: bigint): Promise<AppendResult | undefined> {
    if (head < 0n) return undefined;
    const expected = a.expectedVersion ?? 'any';
    const from = expected === 'no_stream' ? 0n : typeof expected === 'bigint' ? expected + 1n : undefined;
    const reads = [
      readRecords(this.client, a.streamId, {
        backwards: true,
        maxCount: Math.max(RETRY_WINDOW, a.events.length),
      }),
    ];
    if (from !== undefined && from <= head)
      reads.push(readRecords(this.client, a.streamId, { from, maxCount: a.events.length }));
    const byId = new Map<string, StoredEvent>();
    for (const r of (await Promise.all(reads)).flatMap((x) => x ?? [])) byId.set(r.id, toStored(r));
    const found = a.events.map((e) => byId.get(e.eventId));
    if (found.every((f) => f === undefined)) return undefined;
    a.events.forEach((e, i) => {
      const f = found[i];
      if (!f) throw new EventIdConflict(a.events[0]!.eventId, 'part of this append is already stored');
      if (!sameContent(f, e)) throw new EventIdConflict(e.eventId, 'already stored with different content');
    });
    const last = found[found.length - 1]!;
    return { nextExpectedVersion: last.streamPosition, lastGlobalPosition: last.globalPosition };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<ReadStreamResult> {
    validateStreamId(streamId);
    validateMaxCount(options.maxCount);
    const backwards = options.direction === 'backwards';
    const [head, records] = await Promise.all([
      streamHead(this.client, streamId),
      readRecords(this.client, streamId, { from: options.from, backwards, maxCount: options.maxCount }),
    ]);
    if (!head || !records) return { streamExists: false, currentVersion: -1n, events: [] };
    return { streamExists: true, currentVersion: head.revision, events: records.map(toStored) };
  }

  /** Reads `$all` in chunks and filters here: the client's `readAll` takes no server filter. */
  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    validateMaxCount(options.maxCount);
    const max = options.maxCount ?? 1000;
    const events: StoredEvent[] = [];
    let position = options.after ?? 0n;
    for (;;) {
      const chunk = await readAllRecords(this.client, position, Math.max(max, SCAN));
      for (const r of chunk) {
        position = r.position?.commit ?? position;
        if (matchesFilter(r, options)) events.push(toStored(r));
        if (events.length === max) return { events, lastPosition: position };
      }
      if (chunk.length < Math.max(max, SCAN)) return { events, lastPosition: position };
    }
  }

  /** The streams a request wrote under an idempotency key (see `writtenUnderKey`). */
  writtenUnderKey(query: { key: string; actorId: string; since: Date }): Promise<WrittenStream[]> {
    return writtenUnderKey(this.client, query);
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    return esdbSubscription(this.client, options);
  }

  headPosition(): Promise<bigint> {
    return lastPosition(this.client);
  }

  close(): Promise<void> {
    return this.client.dispose();
  }
}

function sameContent(stored: StoredEvent, e: EventToAppend): boolean {
  return (
    stored.type === e.type &&
    stored.schemaVersion === (e.schemaVersion ?? 1) &&
    jcs(stored.data) === jcs(e.data) &&
    jcs(stored.metadata) === jcs(e.metadata)
  );
}
