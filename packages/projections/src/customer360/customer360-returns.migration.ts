import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `customer_360` gains returns: their count and the value asked back. No return event existed
 * before this model could read one, so the defaults are every existing row's true values.
 */
export class Customer360Returns1763900000051 implements MigrationInterface {
  readonly name = 'Customer360Returns1763900000051';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer_360
      ADD COLUMN return_count int NOT NULL DEFAULT 0,
      ADD COLUMN return_value_minor bigint DEFAULT 0,
      ADD COLUMN return_currency text`);
    // The defaults filled the rows there were; the projection writes every column from here on.
    await q.query(`ALTER TABLE customer_360
      ALTER COLUMN return_count DROP DEFAULT,
      ALTER COLUMN return_value_minor DROP DEFAULT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE customer_360 DROP COLUMN return_count, DROP COLUMN return_value_minor, DROP COLUMN return_currency',
    );
  }
}
