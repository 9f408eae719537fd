import { eventStoreContract } from '../testing/contract';
import { startEsdbTestServer } from '../testing/esdb-test-server';
import { EsdbEventStore } from './esdb-event-store';

/**
 * The contract through the real client, against EventStoreDB when EVENTSTORE_URL names one, else
 * against the protocol-level test server twice: once over BatchAppend, once over Append (the
 * features probe unimplemented, as on an old server).
 */
/** EventStoreDB has no index by event id: see ContractOptions. */
const noIdIndex = { eventIdsUniqueAcrossStreams: false };

const open = (batchAppend: boolean) => async () => {
  const real = process.env.EVENTSTORE_URL;
  const server = real ? undefined : await startEsdbTestServer({ batchAppend });
  const store = new EsdbEventStore({ url: real ?? server!.url });
  return {
    store,
    async close() {
      await store.close();
      await server?.close();
    },
  };
};

if (process.env.EVENTSTORE_URL) {
  eventStoreContract('EventStoreDB (EVENTSTORE_URL)', open(true), noIdIndex);
} else {
  eventStoreContract('EventStoreDB via the test server, BatchAppend', open(true), noIdIndex);
  eventStoreContract('EventStoreDB via the test server, Append (no features probe)', open(false), noIdIndex);
}
