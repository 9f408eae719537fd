import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The process managers' state: their checkpoints, their durable timers and the outbox of
 * messages they send. Timers and messages are written in the transaction that moves their
 * process's checkpoint past the event that caused them, so none is lost or written twice.
 */
export class ProcessTables1763900000020 implements MigrationInterface {
  readonly name = 'ProcessTables1763900000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE process_checkpoints (
      name text PRIMARY KEY,
      position bigint NOT NULL DEFAULT 0,
      owner text,
      updated_at timestamptz NOT NULL DEFAULT now())`);
    // status: pending (waiting or due), fired, cancelled, failed (an operator looks at it).
    await q.query(`CREATE TABLE process_timers (
      key text PRIMARY KEY,
      process text NOT NULL,
      kind text NOT NULL,
      due_at timestamptz NOT NULL,
      payload jsonb NOT NULL,
      causation_id text NOT NULL,
      correlation_id text NOT NULL,
      status text NOT NULL DEFAULT 'pending',
      attempts int NOT NULL DEFAULT 0,
      claimed_by text,
      claimed_until timestamptz,
      fired_at timestamptz,
      note text,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX process_timers_due ON process_timers (due_at) WHERE status = 'pending'`);
    // status: pending (to send or retry at next_attempt_at), delivered, dead (gave up).
    await q.query(`CREATE TABLE outbox (
      id bigserial PRIMARY KEY,
      key text NOT NULL UNIQUE,
      process text NOT NULL,
      topic text NOT NULL,
      recipient jsonb NOT NULL,
      complaint_id text,
      subject text NOT NULL,
      body jsonb NOT NULL,
      causation_id text NOT NULL,
      correlation_id text NOT NULL,
      status text NOT NULL DEFAULT 'pending',
      transport text,
      attempts int NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      claimed_by text,
      claimed_until timestamptz,
      last_error text,
      delivered_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX outbox_next ON outbox (next_attempt_at) WHERE status = 'pending'`);
    await q.query('CREATE INDEX outbox_complaint ON outbox (complaint_id) WHERE complaint_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE outbox');
    await q.query('DROP TABLE process_timers');
    await q.query('DROP TABLE process_checkpoints');
  }
}
