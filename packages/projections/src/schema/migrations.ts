import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { ComplaintsSla1763900000003 } from '../complaints/complaints-sla.migration';
import { Customer360Table1763900000004 } from '../customer360/customer360.migration';
import { Interactions1763900000006 } from '../interactions/interactions.migration';
import { RefundLedger1763900000005 } from '../refunds/refund-ledger.migration';
import { projectionEntities } from './entities';

export class ProjectionCheckpoints1763900000000 implements MigrationInterface {
  readonly name = 'ProjectionCheckpoints1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE projection_checkpoints (
      name text PRIMARY KEY,
      position bigint NOT NULL DEFAULT 0,
      replay_until bigint NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL DEFAULT now(),
      owner text)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE projection_checkpoints');
  }
}

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

/**
 * Ids tied to row keys by projections whose events do not all carry the key (see `Link`), and
 * the hold a rebuild or verify puts on a live model while it catches up to it (a lease).
 */
export class ProjectionLinks1763900000002 implements MigrationInterface {
  readonly name = 'ProjectionLinks1763900000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE projection_links (
      projection text NOT NULL,
      link_key text NOT NULL,
      row_key text NOT NULL,
      PRIMARY KEY (projection, link_key))`);
    await q.query(
      `ALTER TABLE projection_checkpoints ADD COLUMN held_by text, ADD COLUMN held_until timestamptz`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE projection_checkpoints DROP COLUMN held_by, DROP COLUMN held_until');
    await q.query('DROP TABLE projection_links');
  }
}

/** In order. The read models' own migrations live beside their folds (one folder per model). */
export const projectionMigrations = [
  ProjectionCheckpoints1763900000000,
  Complaints1763900000001,
  ProjectionLinks1763900000002,
  ComplaintsSla1763900000003,
  Customer360Table1763900000004,
  RefundLedger1763900000005,
  Interactions1763900000006,
];

/** A TypeORM data source over the projection tables; `synchronize` stays off, migrations rule. */
export const projectionDataSource = (connectionString: string, poolSize = 2): DataSource =>
  new DataSource({
    type: 'postgres',
    url: connectionString,
    poolSize,
    entities: projectionEntities,
    migrations: projectionMigrations,
    migrationsTableName: 'projection_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
  });

/** Advisory lock key for projection migrations: several processes may start at once. */
const MIGRATION_LOCK = 7_370_000;

/**
 * Applies the projection migrations not yet applied, under a session advisory lock held on a
 * connection of its own (TypeORM takes none), so processes starting together migrate one at a
 * time. TypeORM runs them on one QueryRunner (one connection), so they are safe on PGlite's
 * shared session; the caller must not hold a transaction open meanwhile.
 */
export async function migrateProjections(connectionString: string): Promise<string[]> {
  const lock = new Client({ connectionString });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ds = await projectionDataSource(connectionString).initialize();
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await ds.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}
