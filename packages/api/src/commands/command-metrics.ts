import { Injectable } from '@nestjs/common';
import type { StreamOutcome } from '@casebook/event-store';
import { Counter, Histogram } from 'prom-client';
import { Metrics } from '../observability/metrics';

/** One bucket per attempt up to the runner's default budget of 10: the whole distribution shows. */
const ATTEMPT_BUCKETS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** A command appends one to a few events; a plan over several streams, some more. */
const BATCH_BUCKETS = [1, 2, 3, 4, 5, 8, 13, 21];

/** Outcome labels of `casebook_commands_total`, from the status the command answered. */
export const commandOutcome = (status: number): string =>
  status < 300
    ? 'ok'
    : status === 400
      ? 'invalid'
      : status === 404
        ? 'not_found'
        : status === 409 || status === 412
          ? 'conflict'
          : status < 500
            ? 'rejected'
            : 'error';

/**
 * What the command runner reports per run. Attempts: within a process the stream queue keeps
 * this at 1; more than 1 means another process wrote the stream between a read and its append,
 * and a run that used the whole budget answered 409 ConcurrencyConflict. Batch: the events one
 * successful run appended, over all its streams.
 */
@Injectable()
export class CommandMetrics {
  private readonly attempts: Histogram;
  private readonly conflicts: Counter;
  private readonly batch: Histogram;

  constructor(private readonly metrics: Metrics) {
    const registers = [metrics.registry];
    this.attempts = new Histogram({
      name: 'casebook_command_attempts',
      help: 'Attempts a command run took (more than 1: it lost a race to another process).',
      buckets: ATTEMPT_BUCKETS,
      registers,
    });
    this.conflicts = new Counter({
      name: 'casebook_command_conflicts_total',
      help: 'Command runs that used every attempt and answered 409.',
      registers,
    });
    this.batch = new Histogram({
      name: 'casebook_append_batch_events',
      help: 'Events one successful command run appended, over all the streams it wrote.',
      buckets: BATCH_BUCKETS,
      registers,
    });
  }

  /** The runner's `onRun`. */
  record(
    attempts: number,
    result: { readonly _tag: string; readonly left?: unknown; readonly right?: unknown },
  ): void {
    this.attempts.observe(attempts);
    if (result._tag === 'Right') {
      // The runner's onRun is typed loosely (EitherLike<unknown, unknown>); a Right is its outcomes.
      const outcomes = result.right as readonly StreamOutcome[];
      const events = outcomes.reduce((n, s) => n + s.events.length, 0);
      if (events > 0) this.batch.observe(events);
    } else if ((result.left as { readonly _tag?: string })._tag === 'ConcurrencyConflict') {
      this.conflicts.inc();
    }
  }

  /** A command the API answered, by its type and the status it answered with. */
  answered(type: string, status: number): void {
    this.metrics.commands.inc({ type, outcome: commandOutcome(status) });
  }
}
