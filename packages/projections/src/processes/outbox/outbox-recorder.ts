import type { Pool } from 'pg';
import type { CommandSender } from '../process';
import { OUTBOX_COLUMNS, type OutboxRow } from './outbox-rows';

/** The system actor the outcomes are recorded as: `process:outbox`. */
export const OUTBOX_ACTOR = 'outbox';

/**
 * Records delivered and dead messages on their complaints (`RecordNotificationDelivery`, a
 * no-op once recorded for the key), then marks them recorded. Rows are found by what they still
 * owe, not remembered in memory: a worker that crashed between the send and the record records
 * on its next round (or another worker does). A command refused for good (the complaint does
 * not exist) is marked recorded too and reported, so it is not tried for ever.
 */
export async function recordOutcomes(
  pool: Pool,
  commands: CommandSender,
  onError: (error: unknown) => void,
  limit = 20,
): Promise<number> {
  const { rows } = await pool.query<OutboxRow>(
    `SELECT ${OUTBOX_COLUMNS} FROM outbox
      WHERE complaint_id IS NOT NULL AND status IN ('delivered', 'dead')
        AND recorded_status IS DISTINCT FROM status
      ORDER BY id LIMIT $1`,
    [limit],
  );
  let recorded = 0;
  for (const row of rows) {
    const outcome = row.status === 'delivered' ? 'delivered' : 'failed';
    const sent = await commands.send(
      OUTBOX_ACTOR,
      {
        type: 'RecordNotificationDelivery',
        data: {
          complaintId: row.complaint_id!,
          messageKey: row.key,
          topic: row.topic,
          outcome,
          attempts: Math.max(1, row.attempts),
          ...(row.transport === null ? {} : { transport: row.transport }),
          ...(outcome === 'failed' ? { reason: row.last_error ?? 'gave up' } : {}),
        },
      },
      {
        causationId: row.causation_id,
        correlationId: row.correlation_id,
        idempotencyKey: `outbox:${row.key}:${row.status}`,
      },
    );
    const settled = sent.ok || (sent.status >= 400 && sent.status < 500 && sent.status !== 409);
    if (!sent.ok)
      onError(
        new Error(`recording ${row.key} on complaint ${row.complaint_id!}: ${sent.code} ${sent.detail}`),
      );
    if (!settled) continue;
    await pool.query(`UPDATE outbox SET recorded_status = $2 WHERE id = $1::bigint AND status = $2`, [
      row.id,
      row.status,
    ]);
    recorded++;
  }
  return recorded;
}
