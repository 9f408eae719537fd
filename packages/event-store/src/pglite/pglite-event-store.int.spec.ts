import { Pool } from 'pg';
import { createEventStore } from '../postgres/create-event-store';
import { migrate } from '../postgres/schema';
import { eventStoreContract } from '../testing/contract';
import { startEmbeddedPostgres } from './embedded-postgres';

eventStoreContract('PGlite (embedded, via pglite-socket)', async () => {
  const pg = await startEmbeddedPostgres();
  const pool = new Pool({ connectionString: pg.connectionString, max: 4 });
  await migrate(pool);
  const store = createEventStore(pool, 'pglite');
  return {
    store,
    async close() {
      await store.close();
      await pool.end();
      await pg.stop();
    },
  };
});
