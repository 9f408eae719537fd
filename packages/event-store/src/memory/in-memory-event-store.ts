import { GENESIS, eventHash } from '../chain/hash';
import { jcs } from '../chain/canonical';
import { EventIdConflict, WrongExpectedVersion } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedVersion,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  ReadStreamResult,
  StoredEvent,
  StreamAppend,
  SubscribeOptions,
  Subscription,
} from '../port';
import { AppendSignal, pollingSubscription } from '../subscription';
import { validateAppend, validateAppends, validateMaxCount, validateStreamId } from '../validate';

/** The reference adapter: the behaviour every other adapter must match (see the contract suite). */
export class InMemoryEventStore implements EventStore {
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly byId = new Map<string, StoredEvent>();
  private readonly signal = new AppendSignal();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async appendToStream(streamId: string, events: readonly EventToAppend[], options: AppendOptions = {}) {
    const append = { streamId, events, expectedVersion: options.expectedVersion ?? 'any' };
    validateAppend(append);
    return this.appendValid([append])[0]!;
  }

  async appendToStreams(appends: readonly StreamAppend[]): Promise<readonly AppendResult[]> {
    validateAppends(appends);
    return this.appendValid(appends);
  }

  /** Checks everything before writing anything, so a failed append leaves no trace. */
  private appendValid(appends: readonly StreamAppend[]): readonly AppendResult[] {
    const replayed = appends.map((a) => this.replayedResult(a));
    if (replayed.every((r) => r !== undefined)) return replayed;
    appends.forEach((a, i) => replayed[i] ?? this.checkVersion(a));
    const results = appends.map((a, i) => replayed[i] ?? this.write(a));
    this.signal.notify();
    return results;
  }

  /** A retry of an append that already succeeded: same ids, same content -> the first result. */
  private replayedResult(a: StreamAppend): AppendResult | undefined {
    const found = a.events.map((e) => this.byId.get(e.eventId));
    if (found.every((f) => f === undefined)) return undefined;
    a.events.forEach((e, i) => {
      const f = found[i];
      if (!f) throw new EventIdConflict(a.events[0]!.eventId, 'part of this append is already stored');
      if (f.streamId !== a.streamId)
        throw new EventIdConflict(e.eventId, `already stored in stream ${f.streamId}`);
      if (!sameContent(f, e)) throw new EventIdConflict(e.eventId, 'already stored with different content');
    });
    const last = found[found.length - 1]!;
    return { nextExpectedVersion: last.streamPosition, lastGlobalPosition: last.globalPosition };
  }

  private checkVersion(a: StreamAppend): void {
    const actual = BigInt(this.streams.get(a.streamId)?.length ?? 0) - 1n;
    if (!versionMatches(a.expectedVersion ?? 'any', actual)) {
      throw new WrongExpectedVersion(a.streamId, a.expectedVersion ?? 'any', actual);
    }
  }

  private write(a: StreamAppend): AppendResult {
    const stream = this.streams.get(a.streamId) ?? [];
    const recordedAt = this.clock();
    for (const e of a.events) {
      const streamPosition = BigInt(stream.length);
      const fields = { ...e, streamId: a.streamId, schemaVersion: e.schemaVersion ?? 1 };
      // Chained like the SQL append (chain/hash.ts), so both adapters give identical hashes.
      const prev = stream.length > 0 ? Buffer.from(stream[stream.length - 1]!.hash, 'hex') : GENESIS;
      const stored: StoredEvent = {
        eventId: e.eventId,
        streamId: a.streamId,
        streamPosition,
        globalPosition: BigInt(this.log.length + 1),
        type: e.type,
        schemaVersion: fields.schemaVersion,
        data: structuredClone(e.data),
        metadata: structuredClone(e.metadata),
        recordedAt,
        hash: eventHash(prev, streamPosition, fields).toString('hex'),
      };
      stream.push(stored);
      this.log.push(stored);
      this.byId.set(e.eventId, stored);
    }
    this.streams.set(a.streamId, stream);
    const last = stream[stream.length - 1]!;
    return { nextExpectedVersion: last.streamPosition, lastGlobalPosition: last.globalPosition };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<ReadStreamResult> {
    validateStreamId(streamId);
    validateMaxCount(options.maxCount);
    const stream = this.streams.get(streamId) ?? [];
    const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const events =
      options.direction === 'backwards'
        ? stream.filter((e) => options.from === undefined || e.streamPosition <= options.from).reverse()
        : stream.filter((e) => options.from === undefined || e.streamPosition >= options.from);
    return {
      streamExists: stream.length > 0,
      currentVersion: BigInt(stream.length) - 1n,
      events: events.slice(0, max),
    };
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    validateMaxCount(options.maxCount);
    const after = options.after ?? 0n;
    const max = options.maxCount ?? 1000;
    const types = options.eventTypes ? new Set(options.eventTypes) : undefined;
    const events: StoredEvent[] = [];
    let lastPosition = after;
    for (let i = Number(after); i < this.log.length && events.length < max; i++) {
      const e = this.log[i]!;
      lastPosition = e.globalPosition;
      if (options.streamPrefix && !e.streamId.startsWith(options.streamPrefix)) continue;
      if (types && !types.has(e.type)) continue;
      events.push(e);
    }
    return { events, lastPosition };
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    return pollingSubscription((page) => this.readAll(page), this.signal.wait, options);
  }

  headPosition(): Promise<bigint> {
    return Promise.resolve(BigInt(this.log.length));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

export function versionMatches(expected: ExpectedVersion, actual: bigint): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === -1n;
  if (expected === 'stream_exists') return actual >= 0n;
  return expected === actual;
}

function sameContent(stored: StoredEvent, e: EventToAppend): boolean {
  return (
    stored.type === e.type &&
    stored.schemaVersion === (e.schemaVersion ?? 1) &&
    jcs(stored.data) === jcs(e.data) &&
    jcs(stored.metadata) === jcs(e.metadata)
  );
}
