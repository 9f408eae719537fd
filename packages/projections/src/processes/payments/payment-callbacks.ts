import type { Pool } from 'pg';

/** The callback's outcome when it was first acted on, or null when its event id is new. */
export async function callbackSeen(pool: Pool, eventId: string): Promise<string | null> {
  const { rows } = await pool.query<{ outcome: string }>(
    'SELECT outcome FROM payment_callbacks WHERE event_id = $1',
    [eventId],
  );
  return rows[0]?.outcome ?? null;
}

/** Remembers a callback acted on; false when another request remembered it first. */
export async function rememberCallback(
  pool: Pool,
  callback: {
    readonly eventId: string;
    readonly type: string;
    readonly refundId: string;
    readonly outcome: string;
  },
): Promise<boolean> {
  const { rowCount } = await pool.query(
    `INSERT INTO payment_callbacks (event_id, type, refund_id, outcome) VALUES ($1, $2, $3, $4)
     ON CONFLICT (event_id) DO NOTHING`,
    [callback.eventId, callback.type, callback.refundId, callback.outcome],
  );
  return rowCount === 1;
}
