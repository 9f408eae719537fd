import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `complaints`: one row per complaint (its SLA columns came later, `ComplaintsSla1763900000003`). */
export class Complaints1763900000001 implements MigrationInterface {
  readonly name = 'Complaints1763900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE complaints (
      complaint_id text PRIMARY KEY,
      customer_id text NOT NULL,
      status text NOT NULL,
      owner_id text,
      team text,
      channel text NOT NULL,
      category text NOT NULL,
      priority text NOT NULL,
      regime text NOT NULL,
      filed_at timestamptz NOT NULL,
      acknowledged_at timestamptz,
      first_response_at timestamptz,
      final_response_at timestamptz,
      resolved_at timestamptz,
      closed_at timestamptz,
      escalation_count int NOT NULL,
      escalation_level int,
      refund_count int NOT NULL,
      refund_total_minor bigint,
      refund_currency text,
      reopen_count int NOT NULL,
      transfer_count int NOT NULL,
      last_event_position bigint NOT NULL)`);
    // The queries the API will serve first: a customer's complaints, a team's open queue.
    await q.query('CREATE INDEX complaints_customer ON complaints (customer_id, filed_at)');
    await q.query('CREATE INDEX complaints_team_status ON complaints (team, status)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE complaints');
  }
}
