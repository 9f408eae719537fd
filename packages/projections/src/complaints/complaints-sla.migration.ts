import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The complaints model's SLA due instants, first resolution and satisfaction. Existing rows get
 * nulls: rebuild the `complaints` model after this migration to fill them from the log.
 */
export class ComplaintsSla1763900000003 implements MigrationInterface {
  readonly name = 'ComplaintsSla1763900000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE complaints
      ADD COLUMN first_response_due_at timestamptz,
      ADD COLUMN final_response_due_at timestamptz,
      ADD COLUMN resolution_due_at timestamptz,
      ADD COLUMN summary_resolution_due_at timestamptz,
      ADD COLUMN first_resolved_at timestamptz,
      ADD COLUMN satisfaction text,
      ADD COLUMN satisfaction_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE complaints
      DROP COLUMN first_response_due_at,
      DROP COLUMN final_response_due_at,
      DROP COLUMN resolution_due_at,
      DROP COLUMN summary_resolution_due_at,
      DROP COLUMN first_resolved_at,
      DROP COLUMN satisfaction,
      DROP COLUMN satisfaction_at`);
  }
}
