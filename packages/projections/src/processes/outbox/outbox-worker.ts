import type { EventStore } from '@casebook/event-store';
import type { Pool } from 'pg';
import { PollingWorker, type PollingWorkerOptions } from '../../runner/polling-worker';
import { backoffMs } from '../backoff';
import type { CommandSender } from '../process';
import { OUTBOX_COLUMNS, messageOf, type OutboxRow } from './outbox-rows';
import { recordOutcomes } from './outbox-recorder';
import { resolveRecipient } from './recipient';
import {
  chooseTransport,
  errorText,
  type OutboxMessage,
  type Route,
  type SendResult,
  type Transport,
} from './transport';

/** Outbox retries wait longer than timers': a receiver that is down is often down for minutes. */
export const DEFAULT_BACKOFF = { baseMs: 10_000, maxMs: 3_600_000 };

export interface OutboxWorkerOptions extends PollingWorkerOptions {
  readonly pool: Pool;
  /** The sealed store: customers' addresses are read through it at delivery. */
  readonly store: EventStore;
  readonly transports: readonly Transport[];
  /** Which transport takes which topics; unrouted messages go to `fallback`. */
  readonly routes: readonly Route[];
  /** Where unrouted messages go (the log transport); none: they are dead letters. */
  readonly fallback?: Transport;
  /** Records outcomes on complaints; without it the history shows none. */
  readonly commands?: CommandSender;
  /** How long a claimed message is this worker's (default 60 s): longer than any send may take. */
  readonly leaseMs?: number;
  readonly batchSize?: number;
  /** Attempts before a message is dead (default 12: about 2-3.5 hours of retries with the default backoff). */
  readonly maxAttempts?: number;
  /** Doubles from `baseMs` (10 s) up to `maxMs` (1 h), a random wait between half and all of it. */
  readonly backoff?: { readonly baseMs?: number; readonly maxMs?: number; readonly random?: () => number };
  readonly onSent?: (message: OutboxMessage, result: SendResult & { readonly transport?: string }) => void;
}

/**
 * Delivers the outbox. A round claims due pending messages with `FOR UPDATE SKIP LOCKED` and a
 * lease (two workers never hold one message), resolves each addressee, sends through the routed
 * transport, and records the attempt only while it still holds the claim: delivered, retried
 * after an exponential backoff with jitter, or dead (a permanent refusal, an unreachable
 * addressee, or attempts run out). At least once: a crash after a send sends again, with the
 * same key for the receiver to count once.
 */
export class OutboxWorker extends PollingWorker {
  private readonly transports: ReadonlyMap<string, Transport>;

  constructor(private readonly options: OutboxWorkerOptions) {
    super(options);
    this.transports = new Map(options.transports.map((t) => [t.name, t]));
  }

  protected round(): Promise<number> {
    return this.deliverDue();
  }

  /** One round: delivers what is due, then records outcomes on complaints; the messages attempted. */
  async deliverDue(): Promise<number> {
    const now = this.now();
    const { rows } = await this.options.pool.query<OutboxRow>(
      `UPDATE outbox SET claimed_by = $1, claimed_until = $2, updated_at = now()
        WHERE id IN (SELECT id FROM outbox
                      WHERE status = 'pending' AND next_attempt_at <= $3
                        AND (claimed_until IS NULL OR claimed_until < $3)
                      ORDER BY next_attempt_at, id LIMIT $4 FOR UPDATE SKIP LOCKED)
        RETURNING ${OUTBOX_COLUMNS}`,
      [
        this.owner,
        new Date(now.getTime() + (this.options.leaseMs ?? 60_000)),
        now,
        this.options.batchSize ?? 20,
      ],
    );
    for (const row of rows) await this.deliver(messageOf(row), now);
    if (this.options.commands !== undefined)
      await recordOutcomes(this.options.pool, this.options.commands, (e) => this.options.onError?.(e));
    return rows.length;
  }

  private async deliver(message: OutboxMessage, now: Date): Promise<void> {
    const resolved = await resolveRecipient(this.options.store, message.recipient);
    if (!resolved.ok)
      return this.complete(message, now, { ok: false, permanent: true, error: resolved.reason });
    const { routes, fallback } = this.options;
    const transport = chooseTransport(routes, this.transports, message.topic, resolved.to, fallback);
    if (transport === undefined) {
      const error = `no transport takes ${message.topic} to a ${resolved.to.kind}`;
      return this.complete(message, now, { ok: false, permanent: true, error });
    }
    const result = await transport
      .send({ message, to: resolved.to, now })
      .catch((e: unknown): SendResult => ({ ok: false, permanent: false, error: errorText(e) }));
    await this.complete(message, now, result, transport.name);
  }

  /** Records the attempt, only while this worker still holds the claim. */
  private async complete(message: OutboxMessage, now: Date, result: SendResult, transport?: string) {
    const attempts = message.attempts + 1;
    const held = [message.id, this.owner, transport ?? null];
    if (result.ok) {
      await this.options.pool.query(
        `UPDATE outbox SET status = 'delivered', delivered_at = $4, attempts = attempts + 1, transport = $3,
                claimed_by = NULL, claimed_until = NULL, updated_at = now()
          WHERE id = $1::bigint AND claimed_by = $2 AND status = 'pending'`,
        [...held, now],
      );
    } else {
      const dead = result.permanent || attempts >= (this.options.maxAttempts ?? 12);
      const next = new Date(
        now.getTime() + backoffMs(attempts, { ...DEFAULT_BACKOFF, ...this.options.backoff }),
      );
      await this.options.pool.query(
        `UPDATE outbox SET status = $4, attempts = attempts + 1, transport = coalesce($3, transport),
                last_error = $5, next_attempt_at = $6, claimed_by = NULL, claimed_until = NULL, updated_at = now()
          WHERE id = $1::bigint AND claimed_by = $2 AND status = 'pending'`,
        [...held, dead ? 'dead' : 'pending', result.error, dead ? now : next],
      );
    }
    this.options.onSent?.(message, { ...result, ...(transport === undefined ? {} : { transport }) });
  }

  async close(): Promise<void> {
    await this.stop();
    for (const t of this.options.transports) await t.close?.();
  }
}
