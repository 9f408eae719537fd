import { openDatabase, type OpenDatabase } from '../open-database';
import { AppendSignal } from '../subscription';
import { type OwnPostgres, postgresBinaries, startOwnPostgres } from '../testing/own-postgres';
import { Notifications } from './notifications';
import { isConnectionError } from './pool-errors';
import { migrate } from './schema';

const describeOwn = postgresBinaries() ? describe : describe.skip;

// An idle client's unheard 'error' would fail this test as "Unhandled error" (jest's own handler).

const until = async (check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
};

const answers = (db: OpenDatabase) =>
  db.pool.query('SELECT 1').then(
    () => true,
    () => false,
  );

describeOwn('a PostgreSQL restart (a server of the test own)', () => {
  let server: OwnPostgres;
  let db: OpenDatabase;
  const logged: string[] = [];

  beforeAll(async () => {
    server = await startOwnPostgres();
    db = await openDatabase({
      databaseUrl: server.url,
      poolSize: 4,
      connectionTimeoutMs: 2_000,
      migrate: (pool) => migrate(pool).then(() => undefined),
      log: (m) => logged.push(m),
    });
  }, 60_000);

  afterAll(async () => {
    await db?.close();
    await server?.close();
  });

  it.each(['fast', 'immediate'] as const)(
    'mode %s: idle clients drop without killing the process, queries fail as connection errors, then work again; LISTEN comes back',
    async (mode) => {
      const signal = new AppendSignal();
      const listener = new Notifications(db.pool, signal);
      try {
        await listener.listen();
        // Fill the pool with idle clients: these are the ones whose error used to crash Node.
        await Promise.all([1, 2, 3, 4].map(() => db.pool.query('SELECT pg_sleep(0.05)')));
        logged.length = 0;

        await server.stop(mode);
        const failure = await db.pool.query('SELECT 1').catch((e: unknown) => e);
        expect(isConnectionError(failure)).toBe(true);
        await until(() => !listener.listening);

        await server.start();
        await until(() => answers(db));
        await until(() => listener.listening);
        const woken = signal.wait(10_000, new AbortController().signal).then(() => 'woken');
        await db.pool.query(`SELECT pg_notify('casebook_appended', '')`);
        expect(await woken).toBe('woken');
        expect(logged.join('\n')).toMatch(/database connection lost[^]*database connection restored/);
      } finally {
        await listener.close();
      }
    },
    40_000,
  );

  it('a pool with every connection busy fails the waiting request as a connection error after the timeout', async () => {
    const held = await Promise.all([1, 2, 3, 4].map(() => db.pool.connect()));
    try {
      const started = Date.now();
      const failure = await db.pool.query('SELECT 1').catch((e: unknown) => e);
      expect(isConnectionError(failure)).toBe(true);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    } finally {
      for (const c of held) c.release();
    }
  });

  it('a database that is down at start fails the opening promptly, as a connection error', async () => {
    await server.stop('fast');
    try {
      const opening = openDatabase({
        databaseUrl: server.url,
        poolSize: 1,
        migrate: (pool) => migrate(pool).then(() => undefined),
      });
      const failure = await opening.catch((e: unknown) => e);
      expect(isConnectionError(failure)).toBe(true);
    } finally {
      await server.start();
    }
  });
});
