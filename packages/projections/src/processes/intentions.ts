import type { Run } from '../runner/transaction';
import type { OutboxMessageSpec, Reactions, TimerSpec } from './process';

/** What reactions asked for, in order, until the transaction that writes them. */
export class Intentions implements Reactions {
  readonly timers: TimerSpec[] = [];
  readonly cancels: string[] = [];
  readonly messages: OutboxMessageSpec[] = [];
  private readonly steps: Array<(q: Run, process: string, now: Date) => Promise<unknown>> = [];

  schedule(timer: TimerSpec): void {
    this.timers.push(timer);
    this.steps.push((q, process) => upsertTimer(q, process, timer));
  }

  cancel(key: string): void {
    this.cancels.push(key);
    this.steps.push((q) => cancelTimer(q, key));
  }

  enqueue(message: OutboxMessageSpec): void {
    this.messages.push(message);
    this.steps.push((q, process, now) => insertMessage(q, process, message, now));
  }

  get empty(): boolean {
    return this.steps.length === 0;
  }

  /** Writes every intention in the order it was made (a cancel then a schedule of one key revives it). */
  async write(q: Run, process: string, now: Date): Promise<void> {
    for (const step of this.steps) await step(q, process, now);
  }
}

/**
 * Schedules or moves a timer. A fired or failed timer stays as it is: the act it stands for was
 * done (or handed to an operator), and a replay of its cause must not do it again.
 */
export const upsertTimer = (q: Run, process: string, t: TimerSpec) =>
  q(
    `INSERT INTO process_timers (key, process, kind, due_at, payload, causation_id, correlation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (key) DO UPDATE SET due_at = EXCLUDED.due_at, payload = EXCLUDED.payload,
       causation_id = EXCLUDED.causation_id, correlation_id = EXCLUDED.correlation_id,
       status = 'pending', updated_at = now()
     WHERE process_timers.status IN ('pending', 'cancelled')`,
    [t.key, process, t.kind, t.dueAt, JSON.stringify(t.payload), t.causationId, t.correlationId],
  );

/** A pending timer stops (a paused clock, a met target); fired ones keep their record. */
export const cancelTimer = (q: Run, key: string) =>
  q(
    `UPDATE process_timers SET status = 'cancelled', claimed_by = NULL, claimed_until = NULL, updated_at = now()
      WHERE key = $1 AND status = 'pending'`,
    [key],
  );

/** Adds a message once: the key is its idempotency key, so a second enqueue of it is a no-op. */
export const insertMessage = (q: Run, process: string, m: OutboxMessageSpec, now: Date) =>
  q(
    `INSERT INTO outbox (key, process, topic, recipient, complaint_id, subject, body, causation_id,
                         correlation_id, next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (key) DO NOTHING`,
    [
      m.key,
      process,
      m.topic,
      JSON.stringify(m.recipient),
      m.complaintId ?? null,
      m.subject,
      JSON.stringify(m.body),
      m.causationId,
      m.correlationId,
      now,
    ],
  );
