/**
 * The one place the EventStoreDB client package is named. `@kurrent/kurrentdb-client` is the same
 * client under its new name (EventStoreDB became KurrentDB) with the same API for everything used
 * here: to switch, change the module below and `EventStoreDBClient` to `KurrentDBClient`.
 */
export {
  BACKWARDS,
  END,
  EventStoreDBClient as Client,
  FORWARDS,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  eventTypeFilter,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type EventData,
  type Filter,
  type JSONRecordedEvent,
  type JSONType,
  type ResolvedEvent,
} from '@eventstore/db-client';
