import type { EventStore, Json, StoredEvent } from '@casebook/event-store';

/** Where a fact came from: the events a process's command writes point back to it. */
export interface Trigger {
  /** The event (or timer) that caused the action: the command's events carry it as causation. */
  readonly causationId: string;
  /** Carried over from the triggering event, so a whole chain of work shares one id. */
  readonly correlationId: string;
}

/**
 * A durable timer: fire `kind` with `payload` at `dueAt`. `key` names it for ever: scheduling the
 * same key again moves a pending timer, and a fired timer is never revived, so a replay or a
 * second worker cannot schedule the same act twice.
 */
export interface TimerSpec extends Trigger {
  readonly key: string;
  readonly kind: string;
  readonly dueAt: Date;
  readonly payload: Json;
}

/** A stored timer, as a worker fires it. */
export interface Timer extends TimerSpec {
  readonly process: string;
  /** Attempts before this one that failed and were put back (0 on the first firing). */
  readonly attempts: number;
}

/** Who a message goes to: resolved at delivery, so an erased customer is told nothing. */
export type Recipient =
  | { readonly kind: 'customer'; readonly customerId: string }
  | { readonly kind: 'staff'; readonly actorId: string };

/**
 * One outbound message, written to the outbox in the same transaction as the checkpoint that
 * passes its cause: at-least-once delivery, with `key` as the idempotency key receivers see.
 */
export interface OutboxMessageSpec extends Trigger {
  readonly key: string;
  /** What happened, e.g. `customer.notified`, `refund.failed`: what webhooks subscribe to. */
  readonly topic: string;
  readonly recipient: Recipient;
  /** The complaint the message belongs to, if any: its history shows the delivery. */
  readonly complaintId?: string;
  readonly subject: string;
  readonly body: Json;
}

/** A command a process issues, as it would arrive from a caller: type and payload. */
export interface SystemCommand {
  readonly type: string;
  readonly data: Readonly<Record<string, Json>>;
}

/** What a command ended as: written (or nothing to write: already done), or refused with a reason. */
export type SendOutcome =
  | { readonly ok: true; readonly wrote: number }
  | { readonly ok: false; readonly status: number; readonly code: string; readonly detail: string };

/**
 * Runs commands through the same command runner (and handlers) as the API, as the system actor
 * `process:<name>`. Implemented by the host (the API module); processes never see HTTP.
 */
export interface CommandSender {
  send(
    process: string,
    command: SystemCommand,
    origin: Trigger & { readonly idempotencyKey: string },
  ): Promise<SendOutcome>;
}

/** What a reaction may do: all of it is written in the transaction that moves the checkpoint. */
export interface Reactions {
  schedule(timer: TimerSpec): void;
  cancel(key: string): void;
  enqueue(message: OutboxMessageSpec): void;
}

export interface ReactContext extends Reactions {
  /** For reading other streams (through the sealed store: personal data opened). */
  readonly store: EventStore;
}

export interface FireContext {
  readonly store: EventStore;
  readonly commands: CommandSender;
  readonly now: Date;
  /** Messages the firing leads to (e.g. a refund failure's notice), written with its completion. */
  readonly reactions: Reactions;
}

/**
 * How a firing ended. `done` completes the timer; `reschedule` moves it; `retry` puts it back (with backoff) for another
 * attempt; `give-up` marks it failed for an operator to look at.
 */
export type FireResult =
  | { readonly outcome: 'done'; readonly note?: string }
  /** Not yet: what the timer stands for moved (a paused clock resumed later); fire again then. */
  | { readonly outcome: 'reschedule'; readonly dueAt: Date; readonly note?: string }
  | { readonly outcome: 'retry'; readonly error: string }
  | { readonly outcome: 'give-up'; readonly error: string };

/**
 * A process manager: reads the log like a projection (own checkpoint, one owner), turns events
 * into timers and messages, and acts when its timers fire, only through `CommandSender`.
 */
export interface ProcessManager {
  /** Stable forever: names the checkpoint, the lock and the timers' `process` column. */
  readonly name: string;
  readonly eventTypes: readonly string[];
  readonly streamPrefix?: string;
  /**
   * `beginning`: a first run reads the whole log (SLA clocks of complaints filed before it ran);
   * `now`: a first run starts at the head (never e-mail customers about last year's facts).
   */
  readonly startFrom: 'beginning' | 'now';
  react(event: StoredEvent, context: ReactContext): Promise<void>;
  /** Handlers by timer kind. */
  readonly timers: Readonly<Record<string, (timer: Timer, context: FireContext) => Promise<FireResult>>>;
}
