import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from './postgres/schema';
import { openDatabase } from './open-database';
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
