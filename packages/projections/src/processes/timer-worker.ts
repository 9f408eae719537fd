import type { EventStore, Json } from '@casebook/event-store';
import type { Pool } from 'pg';
import { transaction } from '../runner/transaction';
import { PollingWorker, type PollingWorkerOptions } from '../runner/polling-worker';
import { backoffMs } from './backoff';
import { Intentions } from './intentions';
import type { CommandSender, FireResult, ProcessManager, Timer } from './process';

export interface TimerWorkerOptions extends PollingWorkerOptions {
  readonly pool: Pool;
  readonly store: EventStore;
  readonly commands: CommandSender;
  readonly processes: readonly ProcessManager[];
  /** How long a claimed timer is this worker's; past it another worker may take it (default 60 s). */
  readonly leaseMs?: number;
  /** Timers claimed per round (default 20). */
  readonly batchSize?: number;
  /** Attempts before a timer is marked failed for an operator (default 10). */
  readonly maxAttempts?: number;
  readonly onFired?: (timer: Timer, result: FireResult) => void;
}

interface TimerRow {
  key: string;
  process: string;
  kind: string;
  due_at: Date;
  payload: Json;
  causation_id: string;
  correlation_id: string;
  attempts: number;
}

/**
 * Fires due timers. A round claims due timers with `FOR UPDATE SKIP LOCKED` and a lease, so two
 * workers never hold one timer; the handler acts (through the command runner, idempotently: a
 * decision that finds its act done writes nothing); completion is conditional on still holding
 * the claim. A worker that dies mid-fire leaves a lease that runs out, and the next firing finds
 * the act done: at most one effect, after any number of restarts.
 */
export class TimerWorker extends PollingWorker {
  private readonly byName: ReadonlyMap<string, ProcessManager>;

  constructor(private readonly options: TimerWorkerOptions) {
    super(options);
    this.byName = new Map(options.processes.map((p) => [p.name, p]));
  }

  protected round(): Promise<number> {
    return this.fireDue();
  }

  /** One round: claims what is due now and fires it; the number of timers fired or retried. */
  async fireDue(): Promise<number> {
    const now = this.now();
    const { rows } = await this.options.pool.query<TimerRow>(
      `UPDATE process_timers SET claimed_by = $1, claimed_until = $2, updated_at = now()
        WHERE key IN (SELECT key FROM process_timers
                       WHERE status = 'pending' AND due_at <= $3 AND process = ANY($4)
                         AND (claimed_until IS NULL OR claimed_until < $3)
                       ORDER BY due_at LIMIT $5 FOR UPDATE SKIP LOCKED)
        RETURNING key, process, kind, due_at, payload, causation_id, correlation_id, attempts`,
      [
        this.owner,
        new Date(now.getTime() + (this.options.leaseMs ?? 60_000)),
        now,
        [...this.byName.keys()],
        this.options.batchSize ?? 20,
      ],
    );
    for (const row of rows) await this.fire(row, now);
    return rows.length;
  }

  private async fire(row: TimerRow, now: Date): Promise<void> {
    const timer: Timer = {
      key: row.key,
      process: row.process,
      kind: row.kind,
      dueAt: row.due_at,
      payload: row.payload,
      causationId: row.causation_id,
      correlationId: row.correlation_id,
      attempts: row.attempts,
    };
    const handler = this.byName.get(row.process)?.timers[row.kind];
    const reactions = new Intentions();
    const result: FireResult =
      handler === undefined
        ? { outcome: 'give-up', error: `process ${row.process} has no timer kind ${row.kind}` }
        : await handler(timer, {
            store: this.options.store,
            commands: this.options.commands,
            now,
            reactions,
          }).catch((e: unknown): FireResult => ({
            outcome: 'retry',
            error: e instanceof Error ? e.message : String(e),
          }));
    await this.complete(timer, result, reactions, now);
    this.options.onFired?.(timer, result);
  }

  /** Records the outcome, only while this worker still holds the claim. */
  private async complete(timer: Timer, result: FireResult, reactions: Intentions, now: Date): Promise<void> {
    const attempts = timer.attempts + 1;
    const giveUp = result.outcome === 'give-up' || attempts >= (this.options.maxAttempts ?? 10);
    await transaction(this.options.pool, async (q) => {
      const held = [timer.key, this.owner];
      if (result.outcome === 'done') {
        const { rows } = await q(
          `UPDATE process_timers SET status = 'fired', fired_at = $3, note = $4, attempts = attempts + 1,
                  claimed_by = NULL, claimed_until = NULL, updated_at = now()
            WHERE key = $1 AND claimed_by = $2 AND status = 'pending' RETURNING key`,
          [...held, now, result.note ?? null],
        );
        if (rows.length === 1) await reactions.write(q, timer.process, now);
        return;
      }
      if (result.outcome === 'reschedule') {
        await q(
          `UPDATE process_timers SET due_at = $3, note = $4, claimed_by = NULL, claimed_until = NULL,
                  updated_at = now()
            WHERE key = $1 AND claimed_by = $2 AND status = 'pending'`,
          [...held, result.dueAt, result.note ?? null],
        );
        return;
      }
      await q(
        `UPDATE process_timers SET status = $3, attempts = attempts + 1, last_error = $4, due_at = $5,
                claimed_by = NULL, claimed_until = NULL, updated_at = now()
          WHERE key = $1 AND claimed_by = $2 AND status = 'pending'`,
        [
          ...held,
          giveUp ? 'failed' : 'pending',
          result.error,
          giveUp ? timer.dueAt : new Date(now.getTime() + backoffMs(attempts)),
        ],
      );
    });
  }
}
