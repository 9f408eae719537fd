import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `refund_ledger`: one row per refund, with the instant of each status it reached. */
export class RefundLedger1763900000005 implements MigrationInterface {
  readonly name = 'RefundLedger1763900000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE refund_ledger (
      refund_id text PRIMARY KEY,
      complaint_id text NOT NULL,
      customer_id text NOT NULL,
      kind text NOT NULL,
      reason text NOT NULL,
      currency text NOT NULL,
      amount_minor bigint NOT NULL,
      status text NOT NULL,
      requires_supervisor_approval boolean NOT NULL,
      requested_by text NOT NULL,
      requested_at timestamptz NOT NULL,
      approved_at timestamptz,
      rejected_at timestamptz,
      issued_at timestamptz,
      settled_at timestamptz,
      failed_at timestamptz,
      last_event_position bigint NOT NULL)`);
    // Reports by period, by status (what is in flight) and per complaint.
    await q.query('CREATE INDEX refund_ledger_requested_at ON refund_ledger (requested_at)');
    await q.query('CREATE INDEX refund_ledger_status ON refund_ledger (status)');
    await q.query('CREATE INDEX refund_ledger_complaint ON refund_ledger (complaint_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE refund_ledger');
  }
}
