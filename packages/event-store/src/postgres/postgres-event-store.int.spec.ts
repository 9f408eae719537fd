import { eventStoreContract } from '../testing/contract';
import { onRealPostgres, openTestDatabase } from '../testing/test-database';
import { storeFor } from './open-store';

const open = async () => {
  const db = await openTestDatabase();
  const store = await storeFor(db);
  return {
    store,
    async close() {
      await store.close();
      await db.close();
    },
  };
};

if (onRealPostgres()) {
  eventStoreContract('PostgreSQL', open);
} else {
  // Listed as skipped, test by test, so a run without a server says what it did not prove.
  describe.skip('skipped: set DATABASE_URL to a PostgreSQL server to run', () =>
    eventStoreContract('PostgreSQL', open));
}
