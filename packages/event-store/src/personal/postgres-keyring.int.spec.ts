import { randomBytes, randomUUID } from 'node:crypto';
import { verifyStream } from '../chain/verify';
import { runMigrations } from '../migrations';
import type { EventStore } from '../port';
import { createEventStore } from '../postgres/create-event-store';
import { migrate } from '../postgres/schema';
import { meta } from '../testing/fixtures';
import { onRealPostgres, openTestDatabase, type TestDatabase } from '../testing/test-database';
import { SubjectErased } from './keyring';
import { PostgresKeyring, personalDataMigrations } from './postgres-keyring';
import { PersonalDataStore } from './protected-store';
import { testPolicy } from './testing-policy';

const registered = (customerId: string) => ({
  eventId: randomUUID(),
  type: 'Registered',
  data: { customerId, name: 'Bea Jones', email: 'bea@example.com' },
  metadata: meta(),
});

describe('PostgresKeyring: data keys in the database, wrapped by the master key', () => {
  let db: TestDatabase;
  let inner: EventStore;
  let store: PersonalDataStore;
  const master = randomBytes(32);
  const sql = async (text: string, ...params: unknown[]) =>
    (await db.pool.query<Record<string, unknown>>(text, params)).rows;

  beforeAll(async () => {
    db = await openTestDatabase();
    await migrate(db.pool);
    await runMigrations(db.pool, personalDataMigrations);
    inner = createEventStore(db.pool, db.kind);
    store = new PersonalDataStore(inner, await PostgresKeyring.open(db.pool, master), testPolicy);
  });
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  it('keeps no personal value in the events table and no plain key in the key table', async () => {
    await store.appendToStream('customer-p1', [registered('p1')]);
    const rows = await sql(`SELECT data::text AS d FROM events WHERE stream_id = 'customer-p1'`);
    expect(rows[0]!.d).not.toMatch(/Bea|bea@example/);
    const [key] = await sql(`SELECT wrapped, destroyed_at FROM pii_keys WHERE subject = 'p1'`);
    expect(key!.wrapped).toHaveLength(12 + 32 + 16);
    expect(key!.destroyed_at).toBeNull();
    expect((await store.readStream('customer-p1')).events[0]!.data).toMatchObject({ name: 'Bea Jones' });
  });

  it('erases for every process at once: a second store on the same tables sees the destruction', async () => {
    await store.appendToStream('customer-p2', [registered('p2')]);
    const other = new PersonalDataStore(inner, await PostgresKeyring.open(db.pool, master), testPolicy);
    expect((await other.readStream('customer-p2')).events[0]!.data).toMatchObject({
      email: 'bea@example.com',
    });
    await store.keyring.destroy('p2');
    await store.keyring.destroy('p2'); // idempotent
    expect((await other.readStream('customer-p2')).events[0]!.data).toMatchObject({
      name: '[erased]',
      email: '[erased]',
    });
    const [key] = await sql(`SELECT wrapped, destroyed_at FROM pii_keys WHERE subject = 'p2'`);
    expect(key!.wrapped).toBeNull();
    expect(key!.destroyed_at).toBeInstanceOf(Date);
    await expect(other.appendToStream('customer-p2', [registered('p2')])).rejects.toBeInstanceOf(
      SubjectErased,
    );
    expect(await verifyStream(inner, 'customer-p2')).toMatchObject({ ok: true, events: 1 });
  });

  it('records a subject that never had a key as destroyed, so nothing personal is sealed for it later', async () => {
    await store.keyring.destroy('p3');
    await expect(store.appendToStream('customer-p3', [registered('p3')])).rejects.toBeInstanceOf(
      SubjectErased,
    );
  });

  it('refuses a master key other than the one the database was set up with', async () => {
    await expect(PostgresKeyring.open(db.pool, randomBytes(32))).rejects.toThrow(
      /not the master key this database/,
    );
  });

  (onRealPostgres() ? it : it.skip)('gives racing first appends of one subject the same key', async () => {
    const keyrings = await Promise.all([1, 2, 3, 4].map(() => PostgresKeyring.open(db.pool, master)));
    const keys = await Promise.all(keyrings.map((k) => k.keyFor('p-race')));
    expect(new Set(keys.map((k) => k.toString('hex'))).size).toBe(1);
  });
});
