import { eventStoreContract } from '../testing/contract';
import { onRealPostgres, openTestDatabase } from '../testing/test-database';
import { storeFor } from './open-store';

if (onRealPostgres()) {
  eventStoreContract('PostgreSQL', async () => {
    const db = await openTestDatabase();
    const store = await storeFor(db);
    return {
      store,
      async close() {
        await store.close();
        await db.close();
      },
    };
  });
} else {
  describe.skip('EventStore contract: PostgreSQL — skipped: set DATABASE_URL to a PostgreSQL server', () => {
    it('needs DATABASE_URL', () => undefined);
  });
}
