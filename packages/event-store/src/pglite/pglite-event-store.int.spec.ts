import { Pool } from 'pg';
import { storeFor } from '../postgres/open-store';
import { eventStoreContract } from '../testing/contract';
import { startEmbeddedPostgres } from './embedded-postgres';

eventStoreContract('PGlite (embedded, via pglite-socket)', async () => {
  const pg = await startEmbeddedPostgres();
  const pool = new Pool({ connectionString: pg.connectionString, max: 4 });
  const store = await storeFor({ pool, kind: 'pglite' });
  return {
    store,
    async close() {
      await store.close();
      await pool.end();
      await pg.stop();
    },
  };
});
