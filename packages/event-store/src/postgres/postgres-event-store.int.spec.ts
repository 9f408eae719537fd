import { eventStoreContract } from '../testing/contract';
import { onRealPostgres, openTestDatabase } from '../testing/test-database';
import { createEventStore } from './create-event-store';
import { migrate } from './schema';

const open = async () => {
  const db = await openTestDatabase();
  await migrate(db.pool);
  const store = createEventStore(db.pool, db.kind);
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
