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
 * PGlite (PostgreSQL compiled to WebAssembly) behind one socket server, so the ordinary `pg`
 * driver and the PostgreSQL adapter work unchanged. Facts that shape its use:
 * - all socket clients share ONE session: a transaction opened on one connection holds the
 *   others until it ends, so code inside a transaction must use only its own client;
 * - only one process may own a data directory, hence the lock file.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => undefined;
  try {
    const db = await PGlite.create(options.dataDir ? join(options.dataDir, 'pglite') : undefined);
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: options.port ?? 0,
      maxConnections: options.maxConnections ?? 16,
    });
    await server.start();
    const port = Number(server.getServerConn().split(':').pop());
    return {
      port,
      connectionString: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
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

/** A pid file: refuses a directory owned by a live process, takes over one left by a dead one. */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lock = join(dataDir, 'pglite.lock');
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const owner = Number(readFileSync(lock, 'utf8'));
    if (owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `data directory ${dataDir} is in use by process ${owner}; connect to that process's store, or stop it`,
      );
    }
    writeFileSync(lock, String(process.pid));
  }
  return () => rmSync(lock, { force: true });
}
