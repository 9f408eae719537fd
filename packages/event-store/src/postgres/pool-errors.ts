import type { Pool, PoolClient } from 'pg';

const ignore = (): void => undefined;

/**
 * Keeps a database restart from killing the process. `pg` emits 'error' on an idle client the
 * server hung up on (57P01 when PostgreSQL restarts), and the pool re-emits it: with no listener
 * Node exits. A client checked out of the pool is worse off: a connection that ends mid-query also
 * emits 'error' on the client, after its query has already failed, and the pool listens only to idle
 * clients. So every client gets a listener for its whole life (its user sees the failed query), and
 * the pool's idle errors are logged once per outage (a restart drops every connection at once),
 * with a line when a new connection succeeds again. The pool drops broken clients by itself and
 * connects anew on the next checkout: nothing else is needed to recover.
 */
export function surviveConnectionErrors(pool: Pool, log: (message: string) => void): Pool {
  let lost = false;
  pool.on('connect', (client: PoolClient) => {
    client.on('error', ignore);
    if (!lost) return;
    lost = false;
    log('database connection restored');
  });
  pool.on('error', (e: Error & { code?: string }) => {
    if (lost) return;
    lost = true;
    const code = e.code ? ` (${e.code})` : '';
    log(`database connection lost${code}: ${e.message}; reconnecting on demand`);
  });
  return pool;
}

/** Messages `pg` and `pg-pool` give when the server is gone or no connection came in time. */
const LOST = /Connection terminated|not queryable|timeout exceeded when trying to connect/i;
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
/**
 * EventStoreDB is out of reach too: the client's `unavailable` (no node, or a leader change) and
 * `deadline-exceeded`, and our own deadline on an append (esdb/errors.ts).
 */
const EVENTSTOREDB_TYPES = new Set(['unavailable', 'deadline-exceeded']);
const EVENTSTOREDB_CODES = new Set(['AppendTimeout']);
/** Shutdown (57P01 admin, 57P02 crash), still starting up (57P03), and the server crashed under us. */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

/**
 * True when an error says the database cannot be reached right now (a restart, a failover, a
 * network blip, every connection busy), not that the request was wrong: a retry later may work.
 * SQLSTATE class 08 is "connection exception"; 53300 is too_many_connections.
 */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; type?: unknown } | null;
  if (e === null || typeof e !== 'object') return false;
  if (typeof e.type === 'string' && EVENTSTOREDB_TYPES.has(e.type)) return true;
  const code = typeof e.code === 'string' ? e.code : '';
  if (code.startsWith('08') || SERVER_CODES.has(code) || SOCKET_CODES.has(code)) return true;
  if (EVENTSTOREDB_CODES.has(code)) return true;
  return typeof e.message === 'string' && LOST.test(e.message);
}
