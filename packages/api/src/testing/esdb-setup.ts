import { type EsdbTestServer, startEsdbTestServer } from '@casebook/event-store/testing';

/**
 * The `e2e-esdb` jest project's setup: every test file's app keeps its events in EventStoreDB
 * (startTestApi reads CASEBOOK_TEST_EVENTSTORE_URL) and its read models in PostgreSQL. The server
 * in EVENTSTORE_URL when one is given, else a protocol-level test server of the file's own,
 * closed after the file.
 */
let server: EsdbTestServer | undefined;

beforeAll(async () => {
  if (process.env.EVENTSTORE_URL) {
    process.env.CASEBOOK_TEST_EVENTSTORE_URL = process.env.EVENTSTORE_URL;
    return;
  }
  server = await startEsdbTestServer({ batchAppend: true });
  process.env.CASEBOOK_TEST_EVENTSTORE_URL = server.url;
});

afterAll(async () => {
  await server?.close();
});
