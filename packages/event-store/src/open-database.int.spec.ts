import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from './postgres/schema';
import { openDatabase } from './open-database';
import { EsdbEventStore } from './esdb/esdb-event-store';
import { type EsdbTestServer, startEsdbTestServer } from './testing/esdb-test-server';
import { anEvent } from './testing/fixtures';

describe('openDatabase on the embedded store', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'casebook-open-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates, builds a store, and lets a tool share a running owner through its socket', async () => {
    const seen: string[] = [];
    const owner = await openDatabase({
      dataDir: dir,
      poolSize: 4,
      migrate: async (pool, connectionString) => {
        seen.push(connectionString);
        await migrate(pool);
      },
    });
    const other = spawn('sleep', ['30']);
    try {
      expect(owner).toMatchObject({ kind: 'pglite', dataDir: dir, ownerPid: null });
      expect(seen).toEqual([owner.connectionString]);
      await owner.store.appendToStream('s-1', [anEvent()]);
      // Another process owns the directory: stand for it with a live pid and the owner's port.
      const port = new URL(owner.connectionString).port;
      writeFileSync(join(dir, 'pglite.lock'), `${other.pid} ${port}`);
      const noop = () => Promise.resolve();
      await expect(openDatabase({ dataDir: dir, poolSize: 1, migrate: noop })).rejects.toThrow(
        `in use by process ${other.pid}`,
      );
      const tool = await openDatabase({ dataDir: dir, poolSize: 2, shareRunning: true, migrate: noop });
      expect(tool.ownerPid).toBe(other.pid);
      expect(await tool.store.headPosition()).toBe(1n);
      await tool.close();
      // Closing the tool leaves the owner's server running.
      expect(await owner.store.headPosition()).toBe(1n);
    } finally {
      other.kill();
      await owner.close();
    }
  });

  it('gives back what it opened when a migration fails', async () => {
    const failing = () => Promise.reject(new Error('migration failed'));
    await expect(openDatabase({ dataDir: dir, poolSize: 1, migrate: failing })).rejects.toThrow(
      'migration failed',
    );
    // The directory is free again: its lock went with the failed open.
    const again = await openDatabase({ dataDir: dir, poolSize: 1, migrate: () => Promise.resolve() });
    await again.close();
  });
});

describe('openDatabase with EVENTSTORE_URL', () => {
  let dir: string;
  let server: EsdbTestServer;
  beforeAll(async () => (server = await startEsdbTestServer({ batchAppend: true })));
  afterAll(() => server.close());
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'casebook-open-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the events in EventStoreDB and keeps the database for everything else', async () => {
    const db = await openDatabase({
      dataDir: dir,
      poolSize: 2,
      eventStoreUrl: server.url,
      migrate: async (pool) => void (await migrate(pool)),
    });
    try {
      expect(db).toMatchObject({ kind: 'pglite', events: 'eventstoredb' });
      expect(db.store).toBeInstanceOf(EsdbEventStore);
      const e = anEvent();
      await db.store.appendToStream('s-esdb', [e]);
      expect(server.log.stream('s-esdb')!.map((x) => x.id)).toEqual([e.eventId]);
      expect((await db.pool.query('SELECT count(*)::int AS n FROM events')).rows[0]).toEqual({ n: 0 });
    } finally {
      await db.close();
    }
  });
});
