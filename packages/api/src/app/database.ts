import {
  migrate,
  createEventStore,
  type DatabaseKind,
  runMigrations,
  startEmbeddedPostgres,
  type EventStore,
} from '@casebook/event-store';
import { Pool } from 'pg';
import { idempotencyMigrations } from '../idempotency/idempotency.store';

export interface Database {
  readonly kind: DatabaseKind;
  readonly pool: Pool;
  readonly store: EventStore;
  close(): Promise<void>;
}

/** Runs every migration the API needs: the event store's and its own (idempotency keys). */
export async function migrateApi(pool: Pool): Promise<void> {
  await migrate(pool);
  await runMigrations(pool, idempotencyMigrations);
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
  const pool = new Pool({ connectionString, max: embedded ? 4 : 20 });
  try {
    await migrateApi(pool);
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
