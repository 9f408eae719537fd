import { resolve } from 'node:path';
import { Pool } from 'pg';
import { createEventStore, type DatabaseKind } from './postgres/create-event-store';
import { surviveConnectionErrors } from './postgres/pool-errors';
import { EsdbEventStore } from './esdb/esdb-event-store';
import type { EventStore } from './port';
import {
  type EmbeddedPostgres,
  runningEmbeddedStore,
  startEmbeddedPostgres,
} from './pglite/embedded-postgres';

export interface OpenDatabaseOptions {
  /** PostgreSQL; when absent, the embedded store in `dataDir`. */
  readonly databaseUrl?: string;
  /**
   * EventStoreDB (`esdb://…`) for the events; PostgreSQL (or PGlite) then keeps everything else:
   * read models, checkpoints, idempotency and personal-data keys, process timers.
   */
  readonly eventStoreUrl?: string;
  /** Default `.casebook`, resolved from the working directory. */
  readonly dataDir?: string;
  readonly poolSize: number;
  /**
   * Reach the embedded store through the socket of the process that owns `dataDir` (tools beside
   * a running service) instead of refusing; the owner keeps the directory.
   */
  readonly shareRunning?: boolean;
  /**
   * How long a request waits for a connection (a new one, or a busy pool's turn) before it fails
   * as a connection error; default 10 s on PostgreSQL, none on the embedded store (its one session
   * queues every transaction, so waiting there is the normal case, not an outage).
   */
  readonly connectionTimeoutMs?: number;
  /** Where dropped connections are reported (default: console.warn). */
  readonly log?: (message: string) => void;
  /** The caller's migrations, run before the store is built. */
  migrate(pool: Pool, connectionString: string): Promise<void>;
}

export interface OpenDatabase {
  readonly kind: DatabaseKind;
  /** Where the events are: the database itself, or the EventStoreDB in `eventStoreUrl`. */
  readonly events: DatabaseKind | 'eventstoredb';
  readonly pool: Pool;
  readonly store: EventStore;
  readonly connectionString: string;
  /** The data directory when embedded, else null. */
  readonly dataDir: string | null;
  /** Set when another process owns the embedded store and this one reaches it by its socket. */
  readonly ownerPid: number | null;
  close(): Promise<void>;
}

interface Located {
  readonly connectionString: string;
  readonly ownerPid: number | null;
  readonly embedded?: EmbeddedPostgres;
}

async function locate(options: OpenDatabaseOptions, dataDir: string): Promise<Located> {
  if (options.databaseUrl) return { connectionString: options.databaseUrl, ownerPid: null };
  const running = options.shareRunning ? runningEmbeddedStore(dataDir) : null;
  if (running) return { connectionString: running.connectionString, ownerPid: running.pid };
  const embedded = await startEmbeddedPostgres({ dataDir });
  return { connectionString: embedded.connectionString, ownerPid: null, embedded };
}

/**
 * The PostgreSQL in `databaseUrl`, or the embedded PGlite in `dataDir` when there is none (a first
 * run on a machine with no database server): migrated, with a store built for its kind, or on
 * the EventStoreDB in `eventStoreUrl` (the event tables are still migrated, and stay empty). What the
 * service and the `casebook` CLI both open; an embedded store started here stops on `close`.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenDatabase> {
  const dataDir = resolve(options.dataDir ?? '.casebook');
  const { connectionString, ownerPid, embedded } = await locate(options, dataDir);
  const connectionTimeoutMillis = options.connectionTimeoutMs ?? (options.databaseUrl ? 10_000 : 0);
  const pool = surviveConnectionErrors(
    new Pool({ connectionString, max: options.poolSize, connectionTimeoutMillis }),
    options.log ?? ((m) => console.warn(`casebook: ${m}`)),
  );
  try {
    await options.migrate(pool, connectionString);
  } catch (e) {
    await pool.end();
    await embedded?.stop();
    throw e;
  }
  const kind: DatabaseKind = options.databaseUrl ? 'postgres' : 'pglite';
  const store = options.eventStoreUrl
    ? new EsdbEventStore({ url: options.eventStoreUrl })
    : createEventStore(pool, kind);
  return {
    kind,
    events: options.eventStoreUrl ? 'eventstoredb' : kind,
    pool,
    store,
    connectionString,
    dataDir: options.databaseUrl ? null : dataDir,
    ownerPid,
    async close() {
      await store.close();
      await pool.end();
      await embedded?.stop();
    },
  };
}
