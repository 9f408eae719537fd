import { chainHashHex } from '../chain/hash';
import { verifyAll } from '../chain/verify';
import { InMemoryEventStore } from '../memory/in-memory-event-store';
import type { EventStore, EventToAppend, ExpectedVersion } from '../port';
import { events, streamId } from '../testing/fixtures';
import { openTestDatabase, type TestDatabase } from '../testing/test-database';
import { toBatch } from './batch-json';
import { createEventStore } from './create-event-store';
import { StreamHeads } from './heads';
import { migrate } from './schema';

/**
 * Migration 004: the writer chains an append when it knows the head, SQL when the head it reads
 * is another. Either way the stored hashes are those of chain/hash.ts (the in-memory store's).
 */
describe('appends chained by the writer or by SQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await migrate(db.pool);
  });
  afterAll(() => db.close());

  const hashes = async (store: EventStore, s: string) =>
    (await store.readStream(s)).events.map((e) => e.hash);

  it('stores the same hashes whichever side chains, with two stores racing on one stream', async () => {
    const [a, b] = [createEventStore(db.pool, db.kind), createEventStore(db.pool, db.kind)];
    const reference = new InMemoryEventStore();
    const s = streamId('writer-chain');
    const steps: [EventStore, EventToAppend[], ExpectedVersion][] = [
      [a, events(3), 'no_stream'], // a new stream: a chains it
      [a, events(2), 2n], // a knows the head
      [b, events(1), 'any'], // b guesses a new stream, wrongly: SQL chains
      [a, events(2), 'any'], // a's head is stale: SQL chains
      [b, events(2), 7n], // b does not know the head at 7: SQL chains
    ];
    for (const [store, evs, expectedVersion] of steps) {
      await store.appendToStream(s, evs, { expectedVersion });
      await reference.appendToStream(s, evs, { expectedVersion });
    }
    expect(await hashes(a, s)).toEqual(await hashes(reference, s));
    expect(await verifyAll(a, { streamPrefix: s })).toMatchObject({ ok: true, events: 10 });
    await Promise.all([a.close(), b.close()]);
  });

  it("ignores the writer's hashes when the head it chained from is not the stream's", async () => {
    const store = createEventStore(db.pool, db.kind);
    const s = streamId('writer-chain');
    await store.appendToStream(s, events(2));
    // A writer that believes the stream is new: its `p` is GENESIS, its `c` chained from there.
    const { json } = toBatch([{ streamId: s, events: events(2), expectedVersion: 'any' }], new StreamHeads());
    const forged = json.replace(
      /"c":"[0-9a-f]{64}"/g,
      `"c":"${chainHashHex('00'.repeat(32), 0n, 'ff'.repeat(32))}"`,
    );
    await db.pool.query('SELECT * FROM casebook_append($1::jsonb, false)', [forged]);
    expect(await verifyAll(store, { streamPrefix: s })).toMatchObject({ ok: true, events: 4 });
    await store.close();
  });
});
