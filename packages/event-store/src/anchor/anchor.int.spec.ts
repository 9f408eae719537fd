import { generateKeyPairSync } from 'node:crypto';
import type { EventStore } from '../port';
import { createEventStore } from '../postgres/create-event-store';
import { migrate } from '../postgres/schema';
import { runMigrations } from '../migrations';
import { events, streamId } from '../testing/fixtures';
import { openTestDatabase, type TestDatabase } from '../testing/test-database';
import { createAnchor } from './anchor';
import { anchorMigrations } from './migration';
import { verifyAnchor } from './verify-anchor';

/**
 * What a chain cannot show and an anchor must: deleted trailing events, deleted streams. Each case
 * anchors a fresh store state, deletes with SQL, and expects the anchor check to name the damage.
 */
describe('anchors: a signed digest of every stream head', () => {
  let db: TestDatabase;
  let store: EventStore;
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const sql = (text: string, ...params: unknown[]) => db.pool.query(text, params);

  beforeAll(async () => {
    db = await openTestDatabase();
    await migrate(db.pool);
    await runMigrations(db.pool, anchorMigrations);
    store = createEventStore(db.pool, db.kind);
  });
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  /** Three streams of 3, 4 and 5 events, anchored; later events in a fourth, after the anchor. */
  async function anchoredStreams(): Promise<string[]> {
    const ids = [streamId('a'), streamId('b'), streamId('c')];
    for (const [i, s] of ids.entries()) await store.appendToStream(s, events(3 + i));
    const anchor = await createAnchor(db.pool, store, privateKey);
    expect(anchor.heads.filter((h) => ids.includes(h.streamId)).map((h) => h.position)).toEqual([2n, 3n, 4n]);
    await store.appendToStream(streamId('after'), events(2));
    await store.appendToStream(ids[0]!, events(1)); // growing past the anchor is no problem
    expect(await verifyAnchor(db.pool, publicKey)).toMatchObject({ ok: true, problems: [] });
    return ids;
  }

  it('holds while nothing anchored was touched, and says when there is no anchor yet', async () => {
    await sql('DELETE FROM audit_anchors');
    expect(await verifyAnchor(db.pool, publicKey)).toBeNull();
    await anchoredStreams();
  });

  it('reports the last event of a stream deleted, with the stream and position', async () => {
    const [, b] = await anchoredStreams();
    await sql('DELETE FROM events WHERE stream_id = $1 AND stream_position = 3', b);
    const r = await verifyAnchor(db.pool, publicKey);
    expect(r).toMatchObject({ ok: false, problems: [{ kind: 'truncated', streamId: b, position: 3n }] });
    expect(r?.problems[0]?.detail).toMatch(/position 3 is missing: the stream now ends at 2/);
  });

  it('reports a whole stream deleted', async () => {
    const [, , c] = await anchoredStreams();
    await sql('DELETE FROM events WHERE stream_id = $1', c);
    expect(await verifyAnchor(db.pool, publicKey)).toMatchObject({
      ok: false,
      problems: [{ kind: 'deleted-stream', streamId: c, position: 0n }],
    });
  });

  it('reports an anchored head whose hash was changed', async () => {
    const [a] = await anchoredStreams();
    await sql('UPDATE events SET hash = sha256(hash) WHERE stream_id = $1 AND stream_position = 2', a);
    expect(await verifyAnchor(db.pool, publicKey)).toMatchObject({
      ok: false,
      problems: [{ kind: 'changed', streamId: a, position: 2n }],
    });
  });

  it('refuses an anchor whose signature was tampered with, or that another key signed', async () => {
    await anchoredStreams();
    const { rows } = await sql('SELECT max(id) AS id FROM audit_anchors');
    const id = (rows[0] as { id: string }).id;
    await sql(
      // One base64 character changed: the first byte of the signature.
      `UPDATE audit_anchors SET signature = overlay(signature PLACING CASE WHEN left(signature, 1) = 'A' THEN 'B' ELSE 'A' END FROM 1 FOR 1) WHERE id = $1`,
      id,
    );
    expect(await verifyAnchor(db.pool, publicKey)).toMatchObject({
      ok: false,
      problems: [{ kind: 'signature' }],
    });
    const other = generateKeyPairSync('ed25519').publicKey;
    await anchoredStreams().catch(() => undefined); // a fresh, valid anchor
    expect(await verifyAnchor(db.pool, other)).toMatchObject({
      ok: false,
      problems: [{ kind: 'signature' }],
    });
  });

  it('refuses heads edited to hide a deletion (the signed root no longer matches)', async () => {
    const [, b] = await anchoredStreams();
    await sql('DELETE FROM events WHERE stream_id = $1 AND stream_position = 3', b);
    await sql(
      `UPDATE audit_anchors SET heads = (SELECT jsonb_agg(CASE WHEN h->>0 = $1 THEN jsonb_build_array($1::text, '2', (SELECT encode(hash, 'hex') FROM events WHERE stream_id = $1 AND stream_position = 2)) ELSE h END) FROM jsonb_array_elements(heads) h)
        WHERE id = (SELECT max(id) FROM audit_anchors)`,
      b,
    );
    expect(await verifyAnchor(db.pool, publicKey)).toMatchObject({
      ok: false,
      problems: [{ kind: 'statement' }],
    });
  });

  it('reports a stream written in afterwards with global positions the anchor covers', async () => {
    const [a] = await anchoredStreams();
    const forged = streamId('forged');
    await sql(
      `INSERT INTO events (global_position, stream_id, stream_position, event_id, type, schema_version, data, metadata, hash)
       SELECT -global_position, $2, stream_position, gen_random_uuid(), type, 1, data, metadata, hash
         FROM events WHERE stream_id = $1 AND stream_position = 0`,
      a,
      forged,
    );
    expect(await verifyAnchor(db.pool, publicKey)).toMatchObject({
      ok: false,
      problems: [{ kind: 'unanchored', streamId: forged, position: 0n }],
    });
    await sql('DELETE FROM events WHERE stream_id = $1', forged);
  });
});
