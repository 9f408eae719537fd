import {
  migrate,
  createEventStore,
  type DatabaseKind,
  runMigrations,
  startEmbeddedPostgres,
  type EventStore,
} from '@casebook/event-store';
import { migrateProjections } from '@casebook/projections';
import { Pool } from 'pg';
import { idempotencyMigrations } from '../idempotency/idempotency.store';

export interface Database {
  readonly kind: DatabaseKind;
  readonly pool: Pool;
  readonly store: EventStore;
  close(): Promise<void>;
}

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
 * The PostgreSQL in `databaseUrl`, or an embedded PGlite in `dataDir` when there is none (a first
 * run on a machine with no database server). PGlite has one session, so its pool is kept small
 * and the store writes one batch at a time.
 */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  const embedded = options.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: options.dataDir });
  const connectionString = options.databaseUrl ?? embedded!.connectionString;
  // Each read-model worker holds a connection for its ownership lock: 4 models + requests.
  const pool = new Pool({ connectionString, max: embedded ? 10 : 24 });
  try {
    await migrateApi(pool, connectionString);
  } catch (e) {
    await pool.end();
    await embedded?.stop();
    throw e;
  }
  const store = createEventStore(pool, embedded ? 'pglite' : 'postgres');
  return {
    kind: embedded ? 'pglite' : 'postgres',
    pool,
    store,
    async close() {
      await store.close();
      await pool.end();
      await embedded?.stop();
    },
  };
}
