import { Injectable } from '@nestjs/common';

/** One bucket per attempt up to the runner's default budget of 10: the whole distribution shows. */
const BUCKETS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * How many attempts each command run took, since the process started. Within a process the
 * stream queue keeps this at 1; more than 1 means another process wrote the stream between a
 * read and its append, and a run that used the whole budget answered 409 ConcurrencyConflict.
 */
@Injectable()
export class CommandMetrics {
  private readonly runs = new Map<number, number>();
  private conflicts = 0;

  record(attempts: number, result: { readonly _tag: string; readonly left?: unknown }): void {
    this.runs.set(attempts, (this.runs.get(attempts) ?? 0) + 1);
    const error = result._tag === 'Left' ? (result.left as { readonly _tag?: string }) : undefined;
    if (error?._tag === 'ConcurrencyConflict') this.conflicts++;
  }

  /** Runs by the number of attempts they took. */
  distribution(): ReadonlyMap<number, number> {
    return new Map([...this.runs].sort(([a], [b]) => a - b));
  }

  /** A Prometheus histogram of attempts per run and a counter of runs that gave up. */
  text(): string {
    const all = [...this.runs];
    const count = all.reduce((n, [, runs]) => n + runs, 0);
    const sum = all.reduce((n, [attempts, runs]) => n + attempts * runs, 0);
    const upTo = (le: number) => all.filter(([a]) => a <= le).reduce((n, [, runs]) => n + runs, 0);
    const name = 'casebook_command_attempts';
    return [
      `# HELP ${name} Attempts a command run took (more than 1: it lost a race to another process).`,
      `# TYPE ${name} histogram`,
      ...BUCKETS.map((le) => `${name}_bucket{le="${le}"} ${upTo(le)}`),
      `${name}_bucket{le="+Inf"} ${count}`,
      `${name}_sum ${sum}`,
      `${name}_count ${count}`,
      '# HELP casebook_command_conflicts_total Command runs that used every attempt and answered 409.',
      '# TYPE casebook_command_conflicts_total counter',
      `casebook_command_conflicts_total ${this.conflicts}`,
    ].join('\n');
  }
}
