import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { ComplaintsSla1763900000003 } from '../complaints/complaints-sla.migration';
import { Complaints1763900000001 } from '../complaints/complaints.migration';
import { ComplaintsSlaFacts1763900000021 } from '../complaints/complaints-sla-facts.migration';
import { Customer360Table1763900000004 } from '../customer360/customer360.migration';
import { Customer360Returns1763900000051 } from '../customer360/customer360-returns.migration';
import { Interactions1763900000006 } from '../interactions/interactions.migration';
import { RefundLedger1763900000005 } from '../refunds/refund-ledger.migration';
import { Returns1763900000050 } from '../returns/returns.migration';
import { ProcessTables1763900000020 } from '../processes/process-tables.migration';
import { OutboxRecording1763900000030 } from '../processes/outbox/outbox-recording.migration';
import { PaymentCallbacks1763900000040 } from '../processes/payments/payment-callbacks.migration';
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

/**
 * In order. The read models' own migrations live in their folders, beside their entities. They
 * are history: never edited once released; an entity change comes with a new migration, and the
 * drift test (`read-models/drift.int.spec.ts`) fails until the two agree.
 */
export const projectionMigrations = [
  ProjectionCheckpoints1763900000000,
  Complaints1763900000001,
  ProjectionLinks1763900000002,
  ComplaintsSla1763900000003,
  Customer360Table1763900000004,
  RefundLedger1763900000005,
  Interactions1763900000006,
  ProcessTables1763900000020,
  ComplaintsSlaFacts1763900000021,
  OutboxRecording1763900000030,
  PaymentCallbacks1763900000040,
  Returns1763900000050,
  Customer360Returns1763900000051,
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
  // Lost between queries it would emit 'error' with no listener and end the process; the next
  // query on it fails instead, and the caller sees that.
  lock.on('error', () => undefined);
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
