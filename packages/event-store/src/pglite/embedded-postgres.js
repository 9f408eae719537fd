'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.startEmbeddedPostgres = startEmbeddedPostgres;
const node_fs_1 = require('node:fs');
const node_path_1 = require('node:path');
const pglite_1 = require('@electric-sql/pglite');
const pglite_socket_1 = require('@electric-sql/pglite-socket');
/**
 * PGlite (PostgreSQL compiled to WebAssembly) behind one socket server, so the ordinary `pg`
 * driver and the PostgreSQL adapter work unchanged. Facts that shape its use:
 * - all socket clients share ONE session: a transaction opened on one connection holds the
 *   others until it ends, so code inside a transaction must use only its own client;
 * - only one process may own a data directory, hence the lock file.
 */
async function startEmbeddedPostgres(options = {}) {
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => undefined;
  try {
    const db = await pglite_1.PGlite.create(
      options.dataDir ? (0, node_path_1.join)(options.dataDir, 'pglite') : undefined,
    );
    const server = new pglite_socket_1.PGLiteSocketServer({
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
function lockDataDir(dataDir) {
  (0, node_fs_1.mkdirSync)(dataDir, { recursive: true });
  const lock = (0, node_path_1.join)(dataDir, 'pglite.lock');
  try {
    (0, node_fs_1.writeFileSync)(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const owner = Number((0, node_fs_1.readFileSync)(lock, 'utf8'));
    if (owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `data directory ${dataDir} is in use by process ${owner}; connect to that process's store, or stop it`,
      );
    }
    (0, node_fs_1.writeFileSync)(lock, String(process.pid));
  }
  return () => (0, node_fs_1.rmSync)(lock, { force: true });
}
function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}
