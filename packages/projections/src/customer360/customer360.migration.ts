import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `customer_360`: one row per customer, counts and latest instants only (no PII). */
export class Customer360Table1763900000004 implements MigrationInterface {
  readonly name = 'Customer360Table1763900000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE customer_360 (
      customer_id text PRIMARY KEY,
      registered_at timestamptz,
      contacts_total int NOT NULL,
      contacts_phone int NOT NULL,
      contacts_email int NOT NULL,
      contacts_chat int NOT NULL,
      contacts_sms int NOT NULL,
      contacts_social int NOT NULL,
      contacts_fax int NOT NULL,
      contacts_mail int NOT NULL,
      contacts_in_person int NOT NULL,
      contacts_web int NOT NULL,
      last_contact_at timestamptz,
      complaints_total int NOT NULL,
      complaints_open int NOT NULL,
      last_complaint_at timestamptz,
      previous_complaint_at timestamptz,
      reopen_count int NOT NULL,
      refund_count int NOT NULL,
      refund_total_minor bigint,
      refund_currency text,
      latest_satisfaction text,
      latest_satisfaction_at timestamptz,
      last_event_position bigint NOT NULL)`);
    // Analysts list customers by recency of contact ("not heard from in 90 days").
    await q.query('CREATE INDEX customer_360_last_contact ON customer_360 (last_contact_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE customer_360');
  }
}
