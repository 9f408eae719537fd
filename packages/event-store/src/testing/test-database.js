'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.onRealPostgres = void 0;
exports.openTestDatabase = openTestDatabase;
const node_crypto_1 = require('node:crypto');
const pg_1 = require('pg');
const embedded_postgres_1 = require('../pglite/embedded-postgres');
/** True when tests run against a real PostgreSQL server (races, ordering and locks are real). */
const onRealPostgres = () => Boolean(process.env.DATABASE_URL);
exports.onRealPostgres = onRealPostgres;
/**
 * A database of the caller's own: on the PostgreSQL in DATABASE_URL a fresh schema (dropped on
 * close), so test files and CI runs never collide; without DATABASE_URL a private in-memory PGlite.
 */
async function openTestDatabase(options = {}) {
  const url = process.env.DATABASE_URL;
  if (url) return openSchema(url, options.poolSize ?? 10);
  const pg = await (0, embedded_postgres_1.startEmbeddedPostgres)();
  const pool = new pg_1.Pool({ connectionString: pg.connectionString, max: options.poolSize ?? 4 });
  return {
    kind: 'pglite',
    pool,
    connectionString: pg.connectionString,
    async close() {
      await pool.end();
      await pg.stop();
    },
  };
}
async function openSchema(url, max) {
  const schema = `cb_test_${process.pid}_${(0, node_crypto_1.randomBytes)(4).toString('hex')}`;
  const admin = new pg_1.Pool({ connectionString: url, max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const options = `-c search_path=${schema}`;
  const pool = new pg_1.Pool({ connectionString: url, max, options });
  const sep = url.includes('?') ? '&' : '?';
  return {
    kind: 'postgres',
    pool,
    connectionString: `${url}${sep}options=${encodeURIComponent(options)}`,
    async close() {
      await pool.end();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
