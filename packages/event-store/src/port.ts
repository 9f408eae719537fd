/**
 * The EventStore port: what every backend (in-memory, PostgreSQL, PGlite, later EventStoreDB)
 * promises. Callers depend on this file only; adapters live beside it.
 */

/** JSON as stored: what survives JSON.stringify/parse unchanged. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** Who caused a fact. `onBehalfOf` is set when a service acts for a named agent. */
export interface Actor {
  readonly kind:
    | 'agent'
    | 'supervisor'
    | 'customer'
    | 'system'
    | 'service'
    | 'auditor'
    | 'analyst'
    | 'admin'
    | 'warehouse';
  readonly id: string;
  readonly onBehalfOf?: { readonly kind: string; readonly id: string };
}

/**
 * The envelope every event carries besides its payload. Kept as JSON metadata so that future
 * fields (hash chain, key ids for crypto-shredding) need no schema change.
 */
export interface EventMetadata {
  readonly actor: Actor;
  readonly channel?: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly occurredAt: string;
  readonly idempotencyKey?: string;
  readonly [extra: string]: Json | Actor | undefined;
}

/** An event as a caller hands it to `appendToStream`. */
export interface EventToAppend {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion?: number;
  readonly data: Json;
  readonly metadata: EventMetadata;
}

/** An event as the store returns it. */
export interface StoredEvent {
  readonly eventId: string;
  readonly streamId: string;
  /** 0-based position within its stream. */
  readonly streamPosition: bigint;
  /** Position in the global log; strictly increasing in the order readers see events. */
  readonly globalPosition: bigint;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Json;
  readonly metadata: EventMetadata;
  readonly recordedAt: Date;
  /**
   * SHA-256 (hex) of this event chained to its predecessor in the stream: tamper evidence, see
   * docs/audit.md ("Tamper evidence") and `verifyStream`.
   */
  readonly hash: string;
}

/**
 * As in EventStoreDB: `any` skips the check, `no_stream` demands a new stream, `stream_exists`
 * demands at least one event, a bigint demands that the stream's last position equals it.
 */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | bigint;

export interface AppendOptions {
  readonly expectedVersion?: ExpectedVersion;
}

export interface AppendResult {
  /** The stream's last position after the append: pass it as the next `expectedVersion`. */
  readonly nextExpectedVersion: bigint;
  readonly lastGlobalPosition: bigint;
}

export interface ReadStreamOptions {
  /** Inclusive start position; defaults to the first (forwards) or last (backwards) event. */
  readonly from?: bigint;
  readonly direction?: 'forwards' | 'backwards';
  readonly maxCount?: number;
}

export interface ReadStreamResult {
  /** False when the stream has never been written, so callers can tell "missing" from "empty page". */
  readonly streamExists: boolean;
  /** The stream's last position, or -1n when it does not exist. */
  readonly currentVersion: bigint;
  readonly events: readonly StoredEvent[];
}

export interface AllFilter {
  readonly streamPrefix?: string;
  readonly eventTypes?: readonly string[];
}

export interface ReadAllOptions extends AllFilter {
  /** Exclusive: events strictly after this global position. Defaults to the start of the log. */
  readonly after?: bigint;
  readonly maxCount?: number;
}

export interface ReadAllResult {
  readonly events: readonly StoredEvent[];
  /**
   * Resume from here. With a filter it can be past the last returned event: the reader has
   * looked at (and skipped) everything up to it.
   */
  readonly lastPosition: bigint;
}

export interface SubscribeOptions {
  readonly after?: bigint;
  readonly filter?: AllFilter;
  /** Events fetched per page; the subscription never holds more than one page. */
  readonly pageSize?: number;
  /** Poll interval when no wake-up arrives (another process appended). */
  readonly pollIntervalMs?: number;
}

/** Catch-up then live. Pull-based: the store reads the next page only when the consumer asks. */
export interface Subscription extends AsyncIterable<StoredEvent> {
  unsubscribe(): Promise<void>;
}

/** One stream's part of an atomic multi-stream append. */
export interface StreamAppend {
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
  readonly expectedVersion?: ExpectedVersion;
}

export interface EventStore {
  appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options?: AppendOptions,
  ): Promise<AppendResult>;
  /**
   * All-or-nothing across streams: every stream's expected version must hold, or nothing is
   * written and the first mismatch is thrown. Used where one decision spans two streams
   * (a refund and the complaint it is linked to).
   */
  appendToStreams(appends: readonly StreamAppend[]): Promise<readonly AppendResult[]>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<ReadStreamResult>;
  readAll(options?: ReadAllOptions): Promise<ReadAllResult>;
  subscribeToAll(options?: SubscribeOptions): Subscription;
  /** The global position of the last event a reader can see now (0n when empty). */
  headPosition(): Promise<bigint>;
  close(): Promise<void>;
}
