import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { runningEmbeddedStore, startEmbeddedPostgres } from './embedded-postgres';

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

  it('runs with a small buffer cache: WebAssembly memory never shrinks', async () => {
    const pg = await startEmbeddedPostgres({ dataDir: dir });
    const pool = new Pool({ connectionString: pg.connectionString, max: 1 });
    const { rows } = await pool.query<{ shared_buffers: string }>('SHOW shared_buffers');
    await pool.end();
    await pg.stop();
    expect(rows).toEqual([{ shared_buffers: '16MB' }]);
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

  it('tells other processes where its socket listens, and forgets it on stop', async () => {
    expect(runningEmbeddedStore(dir)).toBeNull();
    const running = await startEmbeddedPostgres({ dataDir: dir });
    try {
      // Another process reads the lock: simulate it by pointing the lock's pid at a live child.
      const other = spawn('sleep', ['30']);
      try {
        writeFileSync(join(dir, 'pglite.lock'), `${other.pid} ${running.port}`);
        const found = runningEmbeddedStore(dir);
        expect(found).toEqual({
          pid: other.pid,
          port: running.port,
          connectionString: running.connectionString,
        });
        const pool = new Pool({ connectionString: found!.connectionString, max: 1 });
        expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
        await pool.end();
      } finally {
        other.kill();
      }
      writeFileSync(join(dir, 'pglite.lock'), `${process.pid} ${running.port}`);
      // The owner itself is not "another process's store".
      expect(runningEmbeddedStore(dir)).toBeNull();
    } finally {
      await running.stop();
    }
    expect(runningEmbeddedStore(dir)).toBeNull();
  });

  it('publishes its port in the lock file once it listens', async () => {
    const running = await startEmbeddedPostgres({ dataDir: dir });
    try {
      expect(readFileSync(join(dir, 'pglite.lock'), 'utf8')).toBe(`${process.pid} ${running.port}`);
    } finally {
      await running.stop();
    }
  });

  it('keeps parameterized queries on several connections apart', async () => {
    const db = await startEmbeddedPostgres();
    const pool = new Pool({ connectionString: db.connectionString, max: 6 });
    try {
      // Different parameter counts: a Bind meeting another connection's Parse fails loudly.
      const one = (i: number) => pool.query<{ v: number }>('SELECT $1::int AS v', [i]);
      const two = (i: number) => pool.query<{ v: number }>('SELECT $1::int + $2::int AS v', [i, 1]);
      const results = await Promise.all(Array.from({ length: 300 }, (_, i) => (i % 2 ? two(i) : one(i))));
      expect(results.map((r) => r.rows[0]!.v)).toEqual(
        Array.from({ length: 300 }, (_, i) => (i % 2 ? i + 1 : i)),
      );
    } finally {
      await pool.end();
      await db.stop();
    }
  });
});
