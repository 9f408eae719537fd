import { createEventStore, type EventStore, migrate } from '@casebook/event-store';
import { openTestDatabase, type TestDatabase } from '@casebook/event-store/testing';
import { randomUUID } from 'node:crypto';
import { projections } from '../index';
import { execute } from './commands';
import type { CliContext } from './context';

let db: TestDatabase;
let store: EventStore;
let out: string[];
let err: string[];
const context = (): CliContext => ({
  pool: db.pool,
  store,
  projections,
  out: { write: (t) => void out.push(t), isTTY: false },
  err: { write: (t) => void err.push(t), isTTY: false },
  signal: new AbortController().signal,
});
const verify = (streamId: string | undefined, json = false) =>
  execute(context(), { kind: 'audit-verify', streamId, json, pageSize: 2 });

beforeAll(async () => {
  db = await openTestDatabase();
  await migrate(db.pool);
  store = createEventStore(db.pool, db.kind);
  const metadata = {
    actor: { kind: 'agent' as const, id: 'a' },
    correlationId: 'c',
    causationId: 'c',
    occurredAt: 'x',
  };
  for (const s of ['s-1', 's-2']) {
    const events = [0, 1, 2].map((i) => ({ eventId: randomUUID(), type: 'Noted', data: { i }, metadata }));
    await store.appendToStream(s, events);
  }
});
afterAll(async () => {
  await store.close();
  await db.close();
});
beforeEach(() => {
  out = [];
  err = [];
});

describe('casebook audit verify', () => {
  it('exits 0 and says so while every chain holds', async () => {
    expect(await verify('s-1')).toBe(0);
    expect(out.join('')).toBe('s-1: chain intact, 3 events\n');
    out = [];
    expect(await verify(undefined, true)).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual({ streams: 2, events: 6, ok: true, broken: [] });
  });

  it('exits 1 and names the broken link once a row was edited, in text and JSON', async () => {
    await db.pool.query(`UPDATE events SET type = 'Noteb' WHERE stream_id = 's-2' AND stream_position = 2`);
    expect(await verify('s-2')).toBe(1);
    expect(out.join('')).toMatch(
      /^s-2: BROKEN at position 2 \(content\): .*\n {2}stored {3}[0-9a-f]{64}\n {2}expected [0-9a-f]{64}\n$/,
    );
    out = [];
    expect(await verify(undefined, true)).toBe(1);
    expect(JSON.parse(out.join(''))).toMatchObject({
      streams: 2,
      ok: false,
      broken: [{ streamId: 's-2', position: 2, kind: 'content' }],
    });
    out = [];
    expect(await verify(undefined)).toBe(1);
    expect(out.join('')).toMatch(/^verified 6 events in 2 streams: 1 broken\ns-2: BROKEN at position 2/);
  });

  it('exits 1 for a stream that does not exist', async () => {
    expect(await verify('nope')).toBe(1);
    expect(err.join('')).toBe('casebook: no stream nope\n');
  });
});
