import type { EventStore } from '../port';
import { createEventStore } from '../postgres/create-event-store';
import { migrate } from '../postgres/schema';
import { events, streamId } from '../testing/fixtures';
import { openTestDatabase, type TestDatabase } from '../testing/test-database';
import { verifyAll, verifyStream } from './verify';

/**
 * An attacker with SQL access edits the events table directly; verification must say where.
 * Runs on the PostgreSQL in DATABASE_URL (plain SQL, so also on PGlite without it).
 */
describe('tamper evidence: edits made with SQL are found', () => {
  let db: TestDatabase;
  let store: EventStore;
  beforeAll(async () => {
    db = await openTestDatabase();
    await migrate(db.pool);
    store = createEventStore(db.pool, db.kind);
  });
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  /** A fresh stream of six events (positions 0..5) for each case. */
  async function aStream(): Promise<string> {
    const s = streamId('tamper');
    await store.appendToStream(s, events(4));
    await store.appendToStream(s, events(2));
    expect(await verifyStream(store, s)).toMatchObject({ ok: true, events: 6 });
    return s;
  }
  const sql = (text: string, s: string) => db.pool.query(text, [s]);

  const cases: [string, string, number, string][] = [
    [
      'one byte of data',
      `UPDATE events SET data = jsonb_set(data, '{i}', '9') WHERE stream_id = $1 AND stream_position = 2`,
      2,
      'content',
    ],
    [
      'one byte of metadata',
      `UPDATE events SET metadata = jsonb_set(metadata, '{channel}', '"phonf"') WHERE stream_id = $1 AND stream_position = 3`,
      3,
      'content',
    ],
    [
      'one byte of the type',
      `UPDATE events SET type = 'Thinh' WHERE stream_id = $1 AND stream_position = 1`,
      1,
      'content',
    ],
    [
      'the schema version',
      `UPDATE events SET schema_version = 2 WHERE stream_id = $1 AND stream_position = 4`,
      4,
      'content',
    ],
    [
      'a stored hash',
      `UPDATE events SET hash = sha256(hash) WHERE stream_id = $1 AND stream_position = 0`,
      0,
      'content',
    ],
    ['a deleted event', `DELETE FROM events WHERE stream_id = $1 AND stream_position = 2`, 2, 'missing'],
    [
      'the first event deleted',
      `DELETE FROM events WHERE stream_id = $1 AND stream_position = 0`,
      0,
      'missing',
    ],
    [
      'a deleted event, the gap closed by renumbering',
      `WITH d AS (DELETE FROM events WHERE stream_id = $1 AND stream_position = 2)
       UPDATE events SET stream_position = stream_position + 100 WHERE stream_id = $1 AND stream_position > 2;
       UPDATE events SET stream_position = stream_position - 101 WHERE stream_id = $1 AND stream_position > 100`,
      2,
      'missing',
    ],
    [
      'two events swapped',
      `UPDATE events SET stream_position = -1 WHERE stream_id = $1 AND stream_position = 3;
       UPDATE events SET stream_position = 3 WHERE stream_id = $1 AND stream_position = 4;
       UPDATE events SET stream_position = 4 WHERE stream_id = $1 AND stream_position = -1`,
      3,
      'order',
    ],
    [
      'an event inserted (later ones renumbered up)',
      `UPDATE events SET stream_position = stream_position + 100 WHERE stream_id = $1 AND stream_position >= 2;
       UPDATE events SET stream_position = stream_position - 99 WHERE stream_id = $1 AND stream_position >= 100;
       INSERT INTO events (global_position, stream_id, stream_position, event_id, type, schema_version, data, metadata, hash)
       SELECT nextval('casebook_global_position'), stream_id, 2, gen_random_uuid(), type, 1, '{"i": 42}', metadata, hash
         FROM events WHERE stream_id = $1 AND stream_position = 1`,
      2,
      'inserted',
    ],
    [
      'an event added at the end',
      `INSERT INTO events (global_position, stream_id, stream_position, event_id, type, schema_version, data, metadata, hash)
       SELECT nextval('casebook_global_position'), stream_id, 6, gen_random_uuid(), type, 1, data, metadata, hash
         FROM events WHERE stream_id = $1 AND stream_position = 5`,
      6,
      'content',
    ],
  ];

  it.each(cases)('%s', async (_name, edit, position, kind) => {
    const s = await aStream();
    const other = await aStream();
    // Multi-statement text cannot take parameters: the stream id is ours and safe to inline.
    await db.pool.query(edit.replaceAll('$1', `'${s}'`));
    const one = await verifyStream(store, s);
    expect(one).toMatchObject({ ok: false, brokenAt: { streamId: s, position: BigInt(position), kind } });
    expect(await verifyStream(store, other)).toMatchObject({ ok: true });
    // The pass over the whole log finds the same first break, and only in the edited stream.
    const all = await verifyAll(store, { pageSize: 4 });
    expect(all.broken.filter((b) => b.streamId === other)).toEqual([]);
    expect(all.broken.find((b) => b.streamId === s)).toEqual(one?.brokenAt);
    await sql('DELETE FROM events WHERE stream_id = $1', s); // the next case's verifyAll sees only its own break
  });
});
