import {
  loadMasterKey,
  MASTER_KEY_VARIABLE,
  migrate,
  openDatabase as openStoreDatabase,
  type OpenDatabase,
  PostgresKeyring,
  personalDataMigrations,
  runMigrations,
} from '@casebook/event-store';
import { migrateProjections } from '@casebook/projections';
import type { Pool } from 'pg';
import { idempotencyMigrations } from '../idempotency/idempotency.store';

export interface Database extends OpenDatabase {
  /** Data subjects' keys, in the same database, wrapped by the master key. */
  readonly keyring: PostgresKeyring;
}

/**
 * Runs every migration the API needs: the event store's, its own (idempotency keys) and the read
 * models' (TypeORM, on a connection of its own to `connectionString`, the same database).
 */
export async function migrateApi(pool: Pool, connectionString: string): Promise<void> {
  await migrate(pool);
  await runMigrations(pool, idempotencyMigrations);
  await runMigrations(pool, personalDataMigrations);
  await migrateProjections(connectionString);
}

/**
 * The PostgreSQL in `databaseUrl`, or an embedded PGlite in `dataDir` that this process owns
 * (a second process is refused), with its keyring (the master key from CASEBOOK_PII_MASTER_KEY, or
 * generated in `dataDir`; the database refuses any other once it has one). The pool holds one connection for the read-model workers'
 * ownership locks beside requests and pages; PGlite runs one transaction at a time, so its pool
 * stays small.
 */
export async function openDatabase(options: {
  databaseUrl?: string;
  /** EventStoreDB for the events (`EVENTSTORE_URL`); everything else stays in the database. */
  eventStoreUrl?: string;
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  /** Where dropped database connections are reported (default: console.warn). */
  log?: (message: string) => void;
}): Promise<Database> {
  const db = await openStoreDatabase({
    ...options,
    poolSize: options.databaseUrl ? 24 : 10,
    migrate: migrateApi,
  });
  try {
    const master = loadMasterKey({
      configured: (options.env ?? process.env)[MASTER_KEY_VARIABLE],
      dataDir: options.dataDir,
      log: (text) => console.log(text),
    });
    return { ...db, keyring: await PostgresKeyring.open(db.pool, master) };
  } catch (e) {
    await db.close();
    throw e;
  }
}
