import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The provider callbacks casebook has acted on, by the provider's event id: a callback replayed
 * (by the provider's retries, or by someone who caught one) finds its id here and changes nothing.
 * A row is written only after the callback's command was recorded (or refused for good), so a
 * callback that failed half-way is acted on when the provider sends it again.
 */
export class PaymentCallbacks1763900000040 implements MigrationInterface {
  readonly name = 'PaymentCallbacks1763900000040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE payment_callbacks (
      event_id text PRIMARY KEY,
      type text NOT NULL,
      refund_id text NOT NULL,
      outcome text NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE payment_callbacks');
  }
}
