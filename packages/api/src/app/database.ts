import {
  migrate,
  openDatabase as openStoreDatabase,
  type OpenDatabase,
  runMigrations,
} from '@casebook/event-store';
import { migrateProjections } from '@casebook/projections';
import type { Pool } from 'pg';
import { idempotencyMigrations } from '../idempotency/idempotency.store';

export type Database = OpenDatabase;

/**
 * Runs every migration the API needs: the event store's, its own (idempotency keys) and the read
 * models' (TypeORM, on a connection of its own to `connectionString`, the same database).
 */
export async function migrateApi(pool: Pool, connectionString: string): Promise<void> {
  await migrate(pool);
  await runMigrations(pool, idempotencyMigrations);
  await migrateProjections(connectionString);
}

/**
 * The PostgreSQL in `databaseUrl`, or an embedded PGlite in `dataDir` that this process owns
 * (a second process is refused). The pool holds one connection for the read-model workers'
 * ownership locks beside requests and pages; PGlite runs one transaction at a time, so its pool
 * stays small.
 */
export function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return openStoreDatabase({ ...options, poolSize: options.databaseUrl ? 24 : 10, migrate: migrateApi });
}
