import type { EventMetadata, EventStore, Json, StoredEvent } from '../port';
import type { StreamQueue } from './stream-queue';

/** Structurally what a domain decider is; the runner never imports the domain. */
export interface DeciderLike<C, Ev, S, Ctx, Err> {
  readonly decide: (command: C, state: S, context?: Ctx) => EitherLike<Err, ReadonlyArray<Ev>>;
  readonly evolve: (state: S, event: Ev) => S;
  readonly initialState: S;
}

/** fp-ts `Either`, structurally, so that the runner works with any copy of fp-ts. */
export type EitherLike<L, R> =
  { readonly _tag: 'Left'; readonly left: L } | { readonly _tag: 'Right'; readonly right: R };

/** Turns stored events into domain events (decode + upcast) and back. */
export interface EventCodecLike<Ev> {
  readonly fromStored: (event: StoredEvent) => Ev;
  readonly toStored: (event: Ev) => { readonly type: string; readonly data: Json };
}

/** A stream and the state its events fold to. */
export interface AggregateOf<S> {
  readonly state: S;
  /** The stream's last position; -1 when it has no events. */
  readonly version: bigint;
  readonly exists: boolean;
}

/** How to fold one kind of stream: a decider's `evolve` and `initialState`, and its stored-event codec. */
export interface StreamFolder<S, Ev> {
  readonly decider: { readonly evolve: (state: S, event: Ev) => S; readonly initialState: S };
  readonly codec: Pick<EventCodecLike<Ev>, 'fromStored'>;
}

/** One stream's decision, typed: what `streamDecision` turns into a `StreamDecision`. */
export interface StreamDecisionSpec<C, Ev, S, Ctx, Err> extends StreamFolder<S, Ev> {
  readonly streamId: string;
  readonly decider: DeciderLike<C, Ev, S, Ctx, Err>;
  readonly codec: EventCodecLike<Ev>;
  readonly command: C;
  /** Read afresh on every attempt, after the fold: facts from other streams that the rules need. */
  readonly context?: (state: S) => Promise<Ctx>;
  /** `existing`: a missing stream is `StreamNotFound` (404) before `decide` runs. */
  readonly stream?: 'new' | 'existing' | 'any';
}

/** What a stream decision decided: the events to append, encoded, or the decider's error. */
export type DecisionOutcome = EitherLike<
  unknown,
  ReadonlyArray<{ readonly type: string; readonly data: Json }>
>;

/** A stream decision after its stream was read: whether it exists, its version, and the decision still to make. */
export interface LoadedDecision {
  readonly exists: boolean;
  readonly version: bigint;
  readonly decide: () => Promise<DecisionOutcome>;
}

/**
 * One stream's decision with its types closed over, so plans of several aggregates can be listed
 * together without casts: the runner only loads it, checks its version and asks it to decide.
 */
export interface StreamDecision {
  readonly streamId: string;
  readonly stream?: 'new' | 'existing' | 'any';
  readonly load: (store: EventStore) => Promise<LoadedDecision>;
  /**
   * The decision on the initial state, without a read: for a stream that must be new, the append's
   * `no_stream` check refuses an existing one, so reading it first only costs a round trip.
   */
  readonly fresh?: () => LoadedDecision;
}

/** What every event of one command carries besides its payload. */
export type Envelope = Pick<
  EventMetadata,
  'actor' | 'channel' | 'correlationId' | 'causationId' | 'idempotencyKey'
>;

export interface CommandPlan {
  readonly decisions: readonly [StreamDecision, ...StreamDecision[]];
  readonly envelope: Envelope;
  /** The client's `If-Match` for the first decision: no retry, a mismatch is `StaleVersion`. */
  readonly expectedVersion?: bigint;
}

export interface StreamOutcome {
  readonly streamId: string;
  /** Last position after the append (or the current one when the decision produced no event). */
  readonly version: bigint;
  readonly events: ReadonlyArray<{ readonly type: string; readonly data: Json }>;
}

/** Why the runner could not append, besides the decider's own errors. */
export type RunnerError =
  | { readonly _tag: 'StreamNotFound'; readonly streamId: string }
  | { readonly _tag: 'StreamAlreadyExists'; readonly streamId: string }
  | {
      readonly _tag: 'StaleVersion';
      readonly streamId: string;
      readonly expected: bigint;
      readonly actual: bigint;
    }
  | { readonly _tag: 'ConcurrencyConflict'; readonly streamId: string; readonly attempts: number };

export interface RunnerOptions {
  readonly newEventId: () => string;
  /** Current schema version per event type; missing types are stored as version 1. */
  readonly schemaVersions?: Readonly<Record<string, number>>;
  readonly clock?: () => Date;
  readonly maxAttempts?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Serialises this process's commands per stream; without it they race through retries. */
  readonly queue?: StreamQueue;
  /** Told how many attempts each run took (1 = no lost race) and how it ended; for metrics. */
  readonly onRun?: (attempts: number, result: EitherLike<unknown, unknown>) => void;
}
