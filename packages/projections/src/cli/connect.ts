import { resolve } from 'node:path';
import {
  createEventStore,
  type DatabaseKind,
  type EmbeddedPostgres,
  migrate,
  type PostgresEventStore,
  runningEmbeddedStore,
  startEmbeddedPostgres,
} from '@casebook/event-store';
import { Pool } from 'pg';
import { migrateProjections } from '../index';

export interface Connection {
  readonly kind: DatabaseKind;
  readonly pool: Pool;
  readonly store: PostgresEventStore;
  /** Where the database is, for messages: a URL without credentials, or the data directory. */
  readonly where: string;
  /** Set when another process (the API) owns the embedded store and this one reaches it by socket. */
  readonly embeddedOwnerPid: number | null;
  close(): Promise<void>;
}

export interface ConnectOptions {
  readonly databaseUrl?: string;
  /** As the API resolves it: CASEBOOK_DATA_DIR, default `.casebook`, from the working directory. */
  readonly dataDir?: string;
  readonly poolSize: number;
}

/** `postgres://user:secret@host/db` -> `postgres://user@host/db`: messages never show a password. */
const redact = (url: string): string => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1@');

interface Located {
  readonly connectionString: string;
  readonly where: string;
  readonly ownerPid: number | null;
  readonly embedded?: EmbeddedPostgres;
}

/**
 * DATABASE_URL; else the embedded store in the data directory, reached through the socket of the
 * process that owns it (only one process may open a PGlite directory), or started here.
 */
async function locate(o: ConnectOptions): Promise<Located> {
  if (o.databaseUrl) return { connectionString: o.databaseUrl, where: redact(o.databaseUrl), ownerPid: null };
  const dataDir = resolve(o.dataDir ?? '.casebook');
  const running = runningEmbeddedStore(dataDir);
  if (running) {
    const where = `embedded store in ${dataDir} (owned by process ${running.pid})`;
    return { connectionString: running.connectionString, where, ownerPid: running.pid };
  }
  const embedded = await startEmbeddedPostgres({ dataDir });
  const where = `embedded store in ${dataDir}`;
  return { connectionString: embedded.connectionString, where, ownerPid: null, embedded };
}

/** Connects as the API does, migrations first; an embedded store started here stops on close. */
export async function connect(o: ConnectOptions): Promise<Connection> {
  const { connectionString, where, ownerPid, embedded } = await locate(o);
  const pool = new Pool({ connectionString, max: o.poolSize });
  try {
    await migrate(pool);
    await migrateProjections(connectionString);
  } catch (e) {
    await pool.end();
    await embedded?.stop();
    throw e;
  }
  const kind: DatabaseKind = o.databaseUrl ? 'postgres' : 'pglite';
  const store = createEventStore(pool, kind);
  return {
    kind,
    pool,
    store,
    where,
    embeddedOwnerPid: ownerPid,
    async close() {
      await store.close();
      await pool.end();
      await embedded?.stop();
    },
  };
}
