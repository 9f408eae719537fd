import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `recorded_status`: the outcome (delivered or dead) last recorded on the message's complaint.
 * A delivered or dead message about a complaint whose `recorded_status` differs from its
 * `status` still owes the complaint its `NotificationDelivered` / `NotificationDeliveryFailed`:
 * the worker records it after the send, and again after a crash in between (a no-op twice).
 */
export class OutboxRecording1763900000030 implements MigrationInterface {
  readonly name = 'OutboxRecording1763900000030';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE outbox ADD COLUMN recorded_status text');
    await q.query(
      `CREATE INDEX outbox_unrecorded ON outbox (id)
        WHERE complaint_id IS NOT NULL AND status IN ('delivered', 'dead') AND recorded_status IS DISTINCT FROM status`,
    );
    await q.query(`CREATE INDEX outbox_dead ON outbox (id) WHERE status = 'dead'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX outbox_dead');
    await q.query('DROP INDEX outbox_unrecorded');
    await q.query('ALTER TABLE outbox DROP COLUMN recorded_status');
  }
}
