import { isWrongExpectedVersion } from '../errors';
import type { EventStore, EventToAppend, Json, StreamAppend } from '../port';
import type { EitherLike, CommandPlan, RunnerError, RunnerOptions, StreamOutcome } from './types';

/** The decider said no: its error, untouched, for the edge to match on. */
export interface Rejected {
  readonly _tag: 'Rejected';
  readonly error: unknown;
}
export type RunError = RunnerError | Rejected;
export type RunResult = EitherLike<RunError, readonly StreamOutcome[]>;

const left = <L>(l: L) => ({ _tag: 'Left' as const, left: l });
const right = <R>(r: R) => ({ _tag: 'Right' as const, right: r });
type Race = { readonly race: string; readonly actual: bigint };

/**
 * Read, fold `evolve`, `decide`, append with expected version = the version read. A lost race is
 * retried from a fresh read (bounded, with jitter) unless the caller pinned the version (`If-Match`):
 * then the decision was made against a state the caller did not see, so it is refused instead.
 */
export class CommandRunner {
  constructor(
    private readonly store: EventStore,
    private readonly options: RunnerOptions,
  ) {}

  /** With a `queue`, waits for this process's other commands on the plan's streams first. */
  run(plan: CommandPlan): Promise<RunResult> {
    const { queue } = this.options;
    if (!queue) return this.retrying(plan);
    return queue.run(
      plan.decisions.map((d) => d.streamId),
      () => this.retrying(plan),
    );
  }

  private async retrying(plan: CommandPlan): Promise<RunResult> {
    const max = this.options.maxAttempts ?? 10;
    const done = (result: RunResult, attempts: number) => {
      this.options.onRun?.(attempts, result);
      return result;
    };
    for (let attempt = 1; ; attempt++) {
      const result = await this.attempt(plan);
      if (!('race' in result)) return done(result, attempt);
      const pinned = plan.expectedVersion !== undefined && result.race === plan.decisions[0].streamId;
      if (pinned) {
        const { race: streamId, actual } = result;
        return done(
          left({ _tag: 'StaleVersion', streamId, expected: plan.expectedVersion, actual }),
          attempt,
        );
      }
      if (attempt >= max) return done(left(conflict(result.race, attempt)), attempt);
      await (this.options.sleep ?? sleep)(Math.random() * 5 * attempt);
    }
  }

  /**
   * Every stream of the plan is read before any decision runs its context, except a stream that
   * must be new: it is decided on the initial state, and its `no_stream` append refuses an existing
   * stream (StreamAlreadyExists, as a read would have answered) at no extra round trip. A context may read a
   * stream another decision of the plan appends to (a refund request reads the complaint it links
   * itself on): that append expects the version read here, so if the stream moves after this read,
   * even while the context reads it, the append loses the race and the whole plan is decided again.
   */
  private async attempt(plan: CommandPlan): Promise<RunResult | Race> {
    const occurredAt = (this.options.clock ?? (() => new Date()))().toISOString();
    const loaded = await Promise.all(
      plan.decisions.map((d, i) => {
        // A pinned version needs the read: its answer for an existing stream is StaleVersion's actual.
        const pinned = i === 0 && plan.expectedVersion !== undefined;
        return d.stream === 'new' && d.fresh && !pinned ? Promise.resolve(d.fresh()) : d.load(this.store);
      }),
    );
    const appends: StreamAppend[] = [];
    for (const [i, d] of plan.decisions.entries()) {
      const read = loaded[i]!;
      if (d.stream === 'existing' && !read.exists)
        return left({ _tag: 'StreamNotFound', streamId: d.streamId });
      if (d.stream === 'new' && read.exists)
        return left({ _tag: 'StreamAlreadyExists', streamId: d.streamId });
      const pinned = i === 0 ? plan.expectedVersion : undefined;
      if (pinned !== undefined && pinned !== read.version) {
        return left({ _tag: 'StaleVersion', streamId: d.streamId, expected: pinned, actual: read.version });
      }
      const decision = await read.decide();
      if (decision._tag === 'Left') return left({ _tag: 'Rejected', error: decision.left });
      // Nothing to append, so no `no_stream` check: only a read can tell whether the stream exists.
      if (d.stream === 'new' && decision.right.length === 0 && (await d.load(this.store)).exists)
        return left({ _tag: 'StreamAlreadyExists', streamId: d.streamId });
      appends.push({
        streamId: d.streamId,
        events: decision.right.map((e) => this.toAppend(e, plan, occurredAt)),
        expectedVersion: read.exists ? read.version : 'no_stream',
      });
    }
    const result = await this.append(appends);
    // Lost a `no_stream` append: the stream exists, as a read would have said (creations skip it).
    const created = 'race' in result && plan.decisions.find((d) => d.streamId === result.race);
    if (created && created.stream === 'new')
      return left({ _tag: 'StreamAlreadyExists', streamId: created.streamId });
    return result;
  }

  private async append(appends: StreamAppend[]): Promise<RunResult | Race> {
    const writes = appends.filter((a) => a.events.length > 0);
    try {
      const results = writes.length > 0 ? await this.store.appendToStreams(writes) : [];
      return right(
        appends.map((a) => {
          const r = results[writes.indexOf(a)];
          const version = r
            ? r.nextExpectedVersion
            : a.expectedVersion === 'no_stream'
              ? -1n
              : (a.expectedVersion as bigint);
          return {
            streamId: a.streamId,
            version,
            events: a.events.map(({ type, data }) => ({ type, data })),
          };
        }),
      );
    } catch (e) {
      if (isWrongExpectedVersion(e)) return { race: e.streamId, actual: e.actual };
      throw e;
    }
  }

  private toAppend(
    { type, data }: { readonly type: string; readonly data: Json },
    plan: CommandPlan,
    occurredAt: string,
  ): EventToAppend {
    const metadata = { ...stripUndefined(plan.envelope), occurredAt };
    return {
      eventId: this.options.newEventId(),
      type,
      schemaVersion: this.options.schemaVersions?.[type] ?? 1,
      data,
      metadata,
    };
  }
}

const conflict = (streamId: string, attempts: number): RunnerError => ({
  _tag: 'ConcurrencyConflict',
  streamId,
  attempts,
});
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const stripUndefined = <T extends object>(fields: T): T =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
