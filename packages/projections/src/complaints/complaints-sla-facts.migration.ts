import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the SLA process records on the complaints model: the policy version the complaint is
 * judged under, how many of its deadlines were breached and when the first was. Existing rows
 * get nulls and 0: rebuild the `complaints` model after this migration to fill them from the log.
 */
export class ComplaintsSlaFacts1763900000021 implements MigrationInterface {
  readonly name = 'ComplaintsSlaFacts1763900000021';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE complaints
      ADD COLUMN sla_policy text,
      ADD COLUMN sla_breach_count int NOT NULL DEFAULT 0,
      ADD COLUMN first_breached_at timestamptz`);
    // The default filled the existing rows; the fold writes every column of a new one.
    await q.query('ALTER TABLE complaints ALTER COLUMN sla_breach_count DROP DEFAULT');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE complaints
      DROP COLUMN sla_policy, DROP COLUMN sla_breach_count, DROP COLUMN first_breached_at`);
  }
}
