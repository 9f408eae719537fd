import type { Pool } from 'pg';
import { PostgresEventStore } from './postgres-event-store';

/** Where the PostgreSQL adapter runs: a server, or the embedded PGlite behind its socket. */
export type DatabaseKind = 'postgres' | 'pglite';

/**
 * The store as casebook runs it on each kind of database, so that the service, its tests and its
 * benchmarks cannot drift apart. On PGlite one process owns the data, so there is nobody to NOTIFY, and its socket
 * connections share one session, where `pg`'s per-connection prepared names would collide.
 * Migrations stay the caller's explicit step (`migrate(pool)`).
 */
export function createEventStore(pool: Pool, kind: DatabaseKind): PostgresEventStore {
  return new PostgresEventStore({
    pool,
    notifications: kind === 'postgres',
    preparedStatements: kind === 'postgres',
  });
}
