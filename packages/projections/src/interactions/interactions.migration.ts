import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `interactions`: one row per contact, with its handling times. */
export class Interactions1763900000006 implements MigrationInterface {
  readonly name = 'Interactions1763900000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE interactions (
      interaction_id text PRIMARY KEY,
      customer_id text NOT NULL,
      channel text NOT NULL,
      direction text NOT NULL,
      agent_id text,
      complaint_id text,
      status text NOT NULL,
      queued_at timestamptz,
      accepted_at timestamptz,
      started_at timestamptz,
      ended_at timestamptz,
      talk_seconds int,
      hold_seconds int,
      wrap_up_seconds int,
      last_event_position bigint NOT NULL)`);
    // A customer's contacts, a complaint's contacts, an agent's handled contacts by period (AHT).
    await q.query('CREATE INDEX interactions_customer ON interactions (customer_id)');
    await q.query('CREATE INDEX interactions_complaint ON interactions (complaint_id)');
    await q.query('CREATE INDEX interactions_agent_ended ON interactions (agent_id, ended_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE interactions');
  }
}
