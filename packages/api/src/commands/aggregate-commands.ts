import { Inject, Injectable } from '@nestjs/common';
import { eventSchemaVersions, type Aggregate, type DomainError } from '@casebook/domain';
import {
  aggregateStream,
  CommandRunner,
  foldStored,
  streamDecision,
  StreamQueue,
  type EventStore,
  type ReadStreamResult,
  type RunResult,
  type StreamDecision,
} from '@casebook/event-store';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { CommandMetrics } from './command-metrics';
import type { CommandRequest } from './command-route';

/**
 * The decision of `command` on the stream it addresses: one that opens a stream needs it new,
 * the others need it to exist. `context` reads what the rules need from other streams.
 */
export const decisionFor = <Id, C extends { readonly type: string }, Ev, S, Ctx, Err extends DomainError>(
  aggregate: Aggregate<Id, C, Ev, S, Ctx, Err>,
  command: C,
  context?: (state: S) => Promise<Ctx>,
): StreamDecision =>
  streamDecision({
    streamId: aggregate.streamId(aggregate.idOf(command)),
    decider: aggregate.decider,
    codec: aggregate.events,
    command,
    context,
    stream: aggregate.opening.includes(command.type) ? 'new' : 'existing',
  });

/**
 * `decisionFor`, with the stream's read shared with the plan's contexts: the runner reads every
 * stream of a plan before any context runs, so `state()` folds this attempt's read instead of
 * reading the stream again (a refund request read its complaint twice: a quarter of the bench
 * mix paid one more round trip for it). Undefined when the stream does not exist.
 */
export function sharedDecision<Id, C extends { readonly type: string }, Ev, S, Ctx, Err extends DomainError>(
  aggregate: Aggregate<Id, C, Ev, S, Ctx, Err>,
  command: C,
): { readonly decision: StreamDecision; readonly state: () => Promise<S | undefined> } {
  const inner = decisionFor(aggregate, command);
  let read: Promise<ReadStreamResult> | undefined;
  const recording = (store: EventStore): EventStore => {
    // Only readStream is replaced; every other method is the store's own, through the prototype.
    const proxy = Object.create(store) as EventStore;
    proxy.readStream = (...args) => (read = store.readStream(...args));
    return proxy;
  };
  const fold = { decider: aggregate.decider, codec: aggregate.events };
  return {
    decision: { ...inner, load: (store) => inner.load(recording(store)) },
    state: async () => {
      if (read === undefined) throw new Error('a shared decision is read by its plan before any context');
      const r = await read;
      return r.streamExists ? foldStored(r.events, fold) : undefined;
    },
  };
}

/**
 * What every command handler uses: the command runner (read, fold, decide, append, bounded
 * retry) with the request's envelope, and typed loads of other streams for contexts. Commands
 * on the same stream queue behind each other in this process (one queue per app), so only
 * another process can make a run retry.
 */
@Injectable()
export class AggregateCommands {
  private readonly runner: CommandRunner;

  constructor(
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
    metrics: CommandMetrics,
  ) {
    this.runner = new CommandRunner(config.store, {
      newEventId: config.newId,
      clock: config.clock,
      schemaVersions: eventSchemaVersions,
      queue: new StreamQueue(),
      onRun: (attempts, result) => metrics.record(attempts, result),
    });
  }

  /** Decides and appends `decisions` atomically; `If-Match` pins the first decision's stream. */
  run(
    request: CommandRequest,
    decisions: readonly [StreamDecision, ...StreamDecision[]],
  ): Promise<RunResult> {
    const envelope = {
      actor: request.caller.actor,
      channel: request.channel,
      correlationId: request.correlationId,
      causationId: request.causationId,
      idempotencyKey: request.idempotencyKey,
    };
    return this.runner.run({ decisions, envelope, expectedVersion: request.ifMatch });
  }

  /** The states of `ids`' streams by id: `undefined` for a stream that does not exist. */
  async loadAll<Id extends string, C extends { readonly type: string }, Ev, S, Ctx, Err extends DomainError>(
    aggregate: Aggregate<Id, C, Ev, S, Ctx, Err>,
    ids: ReadonlyArray<Id>,
  ): Promise<ReadonlyMap<string, S | undefined>> {
    const fold = { decider: aggregate.decider, codec: aggregate.events };
    const states = await Promise.all(
      ids.map(async (id) => {
        const read = await aggregateStream(this.config.store, aggregate.streamId(id), fold);
        return [id, read.exists ? read.state : undefined] as const;
      }),
    );
    return new Map(states);
  }

  /** The state of one stream, `undefined` when it does not exist. */
  async load<Id extends string, C extends { readonly type: string }, Ev, S, Ctx, Err extends DomainError>(
    aggregate: Aggregate<Id, C, Ev, S, Ctx, Err>,
    id: Id,
  ): Promise<S | undefined> {
    return (await this.loadAll(aggregate, [id])).get(id);
  }
}
