import type { Pool } from 'pg';
import { OUTBOX_COLUMNS, type OutboxRow, type OutboxStatus, statusOf } from './outbox-rows';

/** Every message about one complaint, oldest first, with its delivery status. */
export async function complaintMessages(pool: Pool, complaintId: string): Promise<OutboxStatus[]> {
  const { rows } = await pool.query<OutboxRow>(
    `SELECT ${OUTBOX_COLUMNS} FROM outbox WHERE complaint_id = $1 ORDER BY id`,
    [complaintId],
  );
  return rows.map(statusOf);
}

/** Dead letters, newest first, `limit` of them after the id `before` (a page cursor). */
export async function deadLetters(
  pool: Pool,
  { limit = 50, before }: { readonly limit?: number; readonly before?: string } = {},
): Promise<OutboxStatus[]> {
  const { rows } = await pool.query<OutboxRow>(
    `SELECT ${OUTBOX_COLUMNS} FROM outbox WHERE status = 'dead' AND ($2::bigint IS NULL OR id < $2::bigint)
      ORDER BY id DESC LIMIT $1`,
    [limit, before ?? null],
  );
  return rows.map(statusOf);
}

export type RetryResult =
  | { readonly outcome: 'retried'; readonly message: OutboxStatus }
  | { readonly outcome: 'not-dead'; readonly message: OutboxStatus }
  | { readonly outcome: 'not-found' };

/** An id is digits; anything else is a key. */
const byIdOrKey = (idOrKey: string): string =>
  /^[1-9]\d{0,17}$/.test(idOrKey) ? 'id = $1::bigint' : 'key = $1';

/**
 * Puts a dead letter back to be sent at `now`, its attempts counted afresh (the key stays: a
 * receiver that got it before still sees one message). Anything not dead is left alone.
 */
export async function retryDeadLetter(pool: Pool, idOrKey: string, now: Date): Promise<RetryResult> {
  const where = byIdOrKey(idOrKey);
  const { rows } = await pool.query<OutboxRow>(
    `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $2, claimed_by = NULL,
            claimed_until = NULL, updated_at = now()
      WHERE ${where} AND status = 'dead' RETURNING ${OUTBOX_COLUMNS}`,
    [idOrKey, now],
  );
  if (rows[0] !== undefined) return { outcome: 'retried', message: statusOf(rows[0]) };
  const found = await pool.query<OutboxRow>(`SELECT ${OUTBOX_COLUMNS} FROM outbox WHERE ${where}`, [idOrKey]);
  return found.rows[0] === undefined
    ? { outcome: 'not-found' }
    : { outcome: 'not-dead', message: statusOf(found.rows[0]) };
}

/** The outbox at a glance, as `casebook processes outbox` prints it. */
export interface OutboxSummary {
  readonly pending: number;
  /** Pending and due now: a number that keeps growing means the worker is not keeping up (or down). */
  readonly due: number;
  readonly oldestPendingAt: string | null;
  readonly oldestPendingAgeSeconds: number | null;
  readonly delivered: number;
  readonly dead: number;
}

export async function outboxSummary(pool: Pool, now: Date): Promise<OutboxSummary> {
  const { rows } = await pool.query<{
    pending: string;
    due: string;
    oldest: Date | null;
    delivered: string;
    dead: string;
  }>(
    `SELECT count(*) FILTER (WHERE status = 'pending') AS pending,
            count(*) FILTER (WHERE status = 'pending' AND next_attempt_at <= $1) AS due,
            min(created_at) FILTER (WHERE status = 'pending') AS oldest,
            count(*) FILTER (WHERE status = 'delivered') AS delivered,
            count(*) FILTER (WHERE status = 'dead') AS dead
       FROM outbox`,
    [now],
  );
  const r = rows[0]!;
  return {
    pending: Number(r.pending),
    due: Number(r.due),
    oldestPendingAt: r.oldest?.toISOString() ?? null,
    oldestPendingAgeSeconds:
      r.oldest === null ? null : Math.max(0, Math.round((now.getTime() - r.oldest.getTime()) / 1000)),
    delivered: Number(r.delivered),
    dead: Number(r.dead),
  };
}
