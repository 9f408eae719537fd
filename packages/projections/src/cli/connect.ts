import { resolve } from 'node:path';
import { personalDataPolicy } from '@casebook/domain';
import {
  anchorMigrations,
  loadMasterKey,
  MASTER_KEY_VARIABLE,
  migrate,
  openDatabase,
  type OpenDatabase,
  PersonalDataStore,
  personalDataMigrations,
  PostgresKeyring,
  runMigrations,
} from '@casebook/event-store';
import { migrateProjections } from '../index';

export interface Connection extends Omit<OpenDatabase, 'store'> {
  /** The store with personal data opened for reading (or shown erased); `storedForm` is what the chain covers. */
  readonly store: PersonalDataStore;
  /** Where the database is, for messages: a URL without credentials, or the data directory. */
  readonly where: string;
}

export interface ConnectOptions {
  readonly databaseUrl?: string;
  /** EVENTSTORE_URL: the events in EventStoreDB, everything else in the database. */
  readonly eventStoreUrl?: string;
  /** As the API resolves it: CASEBOOK_DATA_DIR, default `.casebook`, from the working directory. */
  readonly dataDir?: string;
  readonly poolSize: number;
}

/** `postgres://user:secret@host/db` -> `postgres://user@host/db`: messages never show a password. */
const redact = (url: string): string => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1@');

/**
 * DATABASE_URL; else the embedded store in the data directory, reached through the socket of the
 * process that owns it (only one process may open a PGlite directory), or opened here. Migrations
 * first, as the API runs them for the tables the CLI touches.
 */
export async function connect(options: ConnectOptions): Promise<Connection> {
  const db = await openDatabase({
    ...options,
    shareRunning: true,
    migrate: async (pool, connectionString) => {
      await migrate(pool);
      await runMigrations(pool, anchorMigrations);
      await runMigrations(pool, personalDataMigrations);
      await migrateProjections(connectionString);
    },
  });
  const owner = db.ownerPid === null ? '' : ` (owned by process ${db.ownerPid})`;
  const where =
    (db.dataDir === null ? redact(db.connectionString) : `embedded store in ${db.dataDir}${owner}`) +
    (db.events === 'eventstoredb' ? ' (events in EventStoreDB)' : '');
  try {
    // As the API finds it: configured, else beside the data (the API made it on first start).
    const master = loadMasterKey({
      configured: process.env[MASTER_KEY_VARIABLE],
      dataDir: resolve(options.dataDir ?? '.casebook'),
      log: (text) => process.stderr.write(text),
    });
    const keyring = await PostgresKeyring.open(db.pool, master);
    return { ...db, store: new PersonalDataStore(db.store, keyring, personalDataPolicy), where };
  } catch (e) {
    await db.close();
    throw e;
  }
}
