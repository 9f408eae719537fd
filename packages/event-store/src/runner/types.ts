import type { EventMetadata, Json, StoredEvent } from '../port';

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

/**
 * One stream's decision. `command` sees the events decided by the earlier steps of the same
 * plan, so a follow-on step (link the new refund to its complaint) can name them.
 */
export interface Step<C = unknown, Ev = unknown, S = unknown, Ctx = unknown, Err = unknown> {
  readonly streamId: string;
  readonly decider: DeciderLike<C, Ev, S, Ctx, Err>;
  readonly codec: EventCodecLike<Ev>;
  readonly command: (earlier: ReadonlyArray<ReadonlyArray<unknown>>) => C;
  /** Read afresh on every attempt, after the fold: facts from other streams that the rules need. */
  readonly context?: (state: S) => Promise<Ctx>;
  /** `existing`: a missing stream is `StreamNotFound` (404) before `decide` runs. */
  readonly stream?: 'new' | 'existing' | 'any';
}

/** Builds a step while keeping the decider's types tied together. */
export const step = <C, Ev, S, Ctx, Err>(s: Step<C, Ev, S, Ctx, Err>): Step => s as unknown as Step;

/** What every event of one command carries besides its payload. */
export type Envelope = Pick<
  EventMetadata,
  'actor' | 'channel' | 'correlationId' | 'causationId' | 'idempotencyKey'
>;

export interface Plan {
  readonly steps: readonly [Step, ...Step[]];
  readonly envelope: Envelope;
  /** The client's `If-Match` for the first step: no retry, a mismatch is `StaleVersion`. */
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
}
