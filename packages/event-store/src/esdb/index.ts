export { AppendTimeout, EsdbEventStore, PartialAppend, type EsdbEventStoreOptions } from './esdb-event-store';
