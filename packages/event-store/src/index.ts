export * from './port';
export * from './errors';
export * from './migrations';
export { AppendSignal, pollingSubscription } from './subscription';
export { InMemoryEventStore } from './memory/in-memory-event-store';
export { AppendTimeout, EsdbEventStore, PartialAppend, type EsdbEventStoreOptions } from './esdb';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { migrate, eventStoreMigrations } from './postgres/schema';
export { findWrittenUnderKey, type WrittenStream } from './postgres/idempotency-lookup';
export { isConnectionError, surviveConnectionErrors } from './postgres/pool-errors';
export { createEventStore, type DatabaseKind } from './postgres/create-event-store';
export { openDatabase, type OpenDatabase, type OpenDatabaseOptions } from './open-database';
export {
  runningEmbeddedStore,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
  type EmbeddedPostgresOptions,
} from './pglite/embedded-postgres';
export * from './runner';
export * from './chain';
export * from './anchor';
export type { EventRow } from './postgres/rows';
/** The batch JSON the append function reads: for benchmarks that call it raw (the API bench's baseline). */
export { toBatchJson } from './postgres/rows';
export * from './personal';
