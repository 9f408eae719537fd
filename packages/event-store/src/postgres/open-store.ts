import type { TestDatabase } from '../testing/test-database';
import { PostgresEventStore } from './postgres-event-store';
import { migrate } from './schema';

/** The store as the service runs it for a given database kind (PGlite: one session, no NOTIFY). */
export async function storeFor(db: Pick<TestDatabase, 'pool' | 'kind'>): Promise<PostgresEventStore> {
  await migrate(db.pool);
  const pglite = db.kind === 'pglite';
  return new PostgresEventStore({ pool: db.pool, notifications: !pglite, maxInFlight: pglite ? 1 : 4 });
}
