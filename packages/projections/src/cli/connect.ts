import {
  anchorMigrations,
  migrate,
  openDatabase,
  type OpenDatabase,
  runMigrations,
} from '@casebook/event-store';
import { migrateProjections } from '../index';

export interface Connection extends OpenDatabase {
  /** Where the database is, for messages: a URL without credentials, or the data directory. */
  readonly where: string;
}

export interface ConnectOptions {
  readonly databaseUrl?: string;
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
      await migrateProjections(connectionString);
    },
  });
  const owner = db.ownerPid === null ? '' : ` (owned by process ${db.ownerPid})`;
  const where = db.dataDir === null ? redact(db.connectionString) : `embedded store in ${db.dataDir}${owner}`;
  return { ...db, where };
}
