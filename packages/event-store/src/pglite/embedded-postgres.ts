import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { isAlive } from '../pid';

export interface EmbeddedPostgresOptions {
  /**
   * Where the data lives (`<dataDir>/pglite`, locked by `<dataDir>/pglite.lock`). Omit for an
   * in-memory database that vanishes on stop (tests).
   */
  readonly dataDir?: string;
  /** TCP port on 127.0.0.1; 0 (the default) lets the OS choose. */
  readonly port?: number;
  /** Must be at least the size of every pool that connects; default 16. */
  readonly maxConnections?: number;
}

export interface EmbeddedPostgres {
  readonly connectionString: string;
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * PGlite's own start parameters, with a smaller buffer cache: WebAssembly memory never shrinks,
 * and PGlite's default 128 MB of shared buffers is most of what the embedded store adds to a
 * process (861 -> 680 MB resident after 50,000 rows; docs/benchmarks.md). The embedded store is
 * for first runs and laptops, where memory matters more than a large cache.
 */
export const EMBEDDED_START_PARAMS: readonly string[] = [
  ...PGlite.defaultStartParams,
  '-c',
  'shared_buffers=16MB',
  '-c',
  'wal_buffers=1MB',
];

/**
 * PGlite (PostgreSQL compiled to WebAssembly) behind one socket server, so the ordinary `pg`
 * driver and the PostgreSQL adapter work unchanged. Facts that shape its use:
 * - all socket clients share ONE session: a transaction opened on one connection holds the
 *   others until it ends, so code inside a transaction must use only its own client;
 * - only one process may own a data directory, hence the lock file.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  const lock = options.dataDir ? lockDataDir(options.dataDir) : undefined;
  const unlock = () => lock?.release();
  try {
    const db = await PGlite.create(options.dataDir ? join(options.dataDir, 'pglite') : undefined, {
      startParams: [...EMBEDDED_START_PARAMS],
    });
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: options.port ?? 0,
      maxConnections: options.maxConnections ?? 16,
    });
    groupExtendedQueries((server as unknown as { queryQueue: { enqueue: Enqueue } }).queryQueue);
    await server.start();
    const port = Number(server.getServerConn().split(':').pop());
    lock?.publish(port);
    return {
      port,
      connectionString: socketUrl(port),
      async stop() {
        await server.stop();
        await db.close();
        unlock();
      },
    };
  } catch (e) {
    unlock();
    throw e;
  }
}

/** How the `pg` driver reaches the socket server. */
const socketUrl = (port: number): string => `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

type Enqueue = (
  handlerId: number,
  message: Uint8Array,
  onData: (data: Uint8Array) => void,
) => Promise<number>;

/** Parse, Bind, Describe, Execute, Close: the parts of an extended-protocol query before its Sync. */
const QUERY_PARTS = new Set([0x50, 0x42, 0x44, 0x45, 0x43].map(Number));

/**
 * pglite-socket queues each protocol message on its own, so between one connection's Parse and
 * its Bind another connection's Parse may run and replace the unnamed statement ("bind message
 * supplies 1 parameters, but prepared statement requires 2"). Here a query's messages wait until
 * its Sync and then run as one unit, so parameterized queries on several connections do not mix.
 */
function groupExtendedQueries(queue: { enqueue: Enqueue }): void {
  const original = queue.enqueue.bind(queue);
  const pending = new Map<number, Uint8Array[]>();
  queue.enqueue = (handlerId, message, onData) => {
    const parts = pending.get(handlerId) ?? [];
    if (QUERY_PARTS.has(message[0]!)) {
      pending.set(handlerId, [...parts, message]);
      return Promise.resolve(0);
    }
    pending.delete(handlerId);
    if (parts.length === 0) return original(handlerId, message, onData);
    return original(handlerId, Buffer.concat([...parts, message]), onData);
  };
}

interface LockOwner {
  readonly pid: number;
  /** The socket port, once the owner's server listens. */
  readonly port: number | null;
}

const lockPath = (dataDir: string): string => join(dataDir, 'pglite.lock');

/** `<pid>` while starting, `<pid> <port>` once the socket listens. */
function readLock(dataDir: string): LockOwner | null {
  let text: string;
  try {
    text = readFileSync(lockPath(dataDir), 'utf8');
  } catch {
    return null;
  }
  const [pid, port] = text.trim().split(/\s+/).map(Number);
  if (!pid) return null;
  return { pid, port: port || null };
}

/**
 * The embedded store another process runs on `dataDir`, reachable through its socket: tools (the
 * projections CLI) connect there, since only one process may open the data directory. Null when
 * no live process owns it, or its socket is not listening yet.
 */
export function runningEmbeddedStore(
  dataDir: string,
): { pid: number; port: number; connectionString: string } | null {
  const owner = readLock(dataDir);
  if (!owner || owner.port === null || owner.pid === process.pid || !isAlive(owner.pid)) return null;
  return {
    pid: owner.pid,
    port: owner.port,
    connectionString: socketUrl(owner.port),
  };
}

/** A pid file: refuses a directory owned by a live process, takes over one left by a dead one. */
function lockDataDir(dataDir: string): { publish(port: number): void; release(): void } {
  mkdirSync(dataDir, { recursive: true });
  const lock = lockPath(dataDir);
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const owner = readLock(dataDir);
    if (owner && owner.pid !== process.pid && isAlive(owner.pid)) {
      const where = owner.port === null ? '' : ` (its store listens on 127.0.0.1:${owner.port})`;
      throw new Error(
        `data directory ${dataDir} is in use by process ${owner.pid}${where}; connect to that process's store, or stop it`,
      );
    }
    writeFileSync(lock, String(process.pid));
  }
  return {
    publish: (port) => writeFileSync(lock, `${process.pid} ${port}`),
    release: () => rmSync(lock, { force: true }),
  };
}
