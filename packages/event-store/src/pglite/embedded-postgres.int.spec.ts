import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

describe('embedded PGlite data directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-pglite-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps data across restarts, taking over a lock left by a process that has died', async () => {
    const dead = spawn('true');
    await new Promise((r) => dead.on('exit', r));
    writeFileSync(join(dir, 'pglite.lock'), String(dead.pid));
    const first = await startEmbeddedPostgres({ dataDir: dir });
    const pool = new Pool({ connectionString: first.connectionString, max: 1 });
    await pool.query('CREATE TABLE kept (v text)');
    await pool.query(`INSERT INTO kept VALUES ('still here')`);
    await pool.end();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir: dir });
    const again = new Pool({ connectionString: second.connectionString, max: 1 });
    const { rows } = await again.query<{ v: string }>('SELECT v FROM kept');
    await again.end();
    await second.stop();
    expect(rows).toEqual([{ v: 'still here' }]);
  });

  it('refuses a directory that a live process owns, naming it', async () => {
    const owner = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dir, 'pglite.lock'), String(owner.pid));
      await expect(startEmbeddedPostgres({ dataDir: dir })).rejects.toThrow(`in use by process ${owner.pid}`);
    } finally {
      owner.kill();
    }
  });
});
