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
import { Client } from './client';
import { EsdbAppender } from './esdb-append';
import { lastPosition, readAllRecords, readRecords, streamHead } from './esdb-reads';
export { AppendTimeout, PartialAppend } from './errors';
import { esdbSubscription } from './esdb-subscription';
import { matchesFilter, toStored } from './records';
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

/**
 * The EventStore port on EventStoreDB (or KurrentDB) through its gRPC client: one client, one
 * multiplexed channel per process. Appends (and their hash chains) are `EsdbAppender`'s; this
 * process queues appends to one stream one after another, as the PostgreSQL adapter does.
 */
export class EsdbEventStore implements EventStore {
  readonly client: Client;
  private readonly queue = new StreamQueue();
  private readonly appender: EsdbAppender;

  constructor(options: EsdbEventStoreOptions) {
    this.client = Client.connectionString(options.url);
    this.appender = new EsdbAppender(this.client, options.appendDeadlineMs ?? 10_000);
  }

  async appendToStream(streamId: string, events: readonly EventToAppend[], options: AppendOptions = {}) {
    const append = { streamId, events, expectedVersion: options.expectedVersion ?? 'any' };
    validateAppend(append);
    return (await this.queue.run([streamId], () => this.appender.appendAll([append])))[0]!;
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
      () => this.appender.appendAll(appends),
    );
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
