import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `returns`: one row per return, with its timings, resolution and lines (JSON). */
export class Returns1763900000050 implements MigrationInterface {
  readonly name = 'Returns1763900000050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE returns (
      return_id text PRIMARY KEY,
      customer_id text NOT NULL,
      complaint_id text,
      order_reference text NOT NULL,
      reason text NOT NULL,
      channel text NOT NULL,
      status text NOT NULL,
      currency text NOT NULL,
      quantity int NOT NULL,
      value_minor bigint NOT NULL,
      carrier text,
      requested_at timestamptz NOT NULL,
      authorised_at timestamptz,
      received_at timestamptz,
      resolved_at timestamptz,
      ended_at timestamptz,
      days_to_authorisation int,
      days_to_receipt int,
      days_to_resolution int,
      resolution text,
      refund_id text,
      refund_minor bigint,
      refundable_minor bigint,
      restocking_fee_minor bigint,
      lines text NOT NULL,
      last_event_position bigint NOT NULL)`);
    // Reports by period, by status and per customer or complaint.
    await q.query('CREATE INDEX returns_requested_at ON returns (requested_at)');
    await q.query('CREATE INDEX returns_status ON returns (status)');
    await q.query('CREATE INDEX returns_customer ON returns (customer_id)');
    await q.query('CREATE INDEX returns_complaint ON returns (complaint_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE returns');
  }
}
