import { onRealPostgres } from '@casebook/event-store/testing';
import { startTestApi, TEST_SECRET, type TestApi } from '../testing';
import { startChild, type Child } from '../testing/processes';
import { file } from './sla.fixtures';

// A worker is a second process on the same database: PGlite's embedded store has one owner.
(onRealPostgres() ? describe : describe.skip)('pnpm worker: the processes without HTTP', () => {
  let api: TestApi;
  let worker: Child | undefined;

  beforeAll(async () => {
    api = await startTestApi(); // processes off: the worker runs them
  }, 60_000);
  afterAll(async () => {
    await worker?.kill();
    await api.close();
  });

  it('schedules the SLA timers of a complaint filed through an API that runs no processes, and stops cleanly', async () => {
    worker = startChild('worker', 'packages/api/src/worker.ts', [], {
      DATABASE_URL: api.db.connectionString,
      AUTH_JWT_SECRET: TEST_SECRET,
      CASEBOOK_PII_MASTER_KEY: api.masterKey.toString('base64'),
      CASEBOOK_PROJECTIONS: 'off',
      LOG_LEVEL: 'info',
      // The worker reads the payment settings as the API does (nothing is paid in this test).
      PAYMENTS_PROVIDER_URL: 'http://127.0.0.1:9',
      PAYMENTS_CALLBACK_SECRET: 'worker-callback-secret-0123456789abcdef',
      NOTIFY_WEBHOOK_URL: 'http://127.0.0.1:9/hooks',
      NOTIFY_WEBHOOK_SECRET: 'a-webhook-secret-of-32-characters!!',
    });
    await worker.waitFor(/casebook worker running/, 60_000);
    expect(worker.output()).toMatch(/"processes":\["sla","notifications","return-expiry","payments"\]/);
    // The worker delivers through the transports the settings name, as the API would.
    expect(worker.output()).toMatch(/"transports":\["webhook","log"\]/);
    const id = await file(api, { regime: 'FCA_DISP' });
    const deadline = Date.now() + 20_000;
    let keys: string[] = [];
    while (keys.length === 0 && Date.now() < deadline) {
      const { rows } = await api.db.pool.query<{ key: string }>(
        'SELECT key FROM process_timers WHERE key LIKE $1 ORDER BY key',
        [`sla:${id}:%`],
      );
      keys = rows.map((r) => r.key);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(keys).toEqual([`sla:${id}:final_response:breach`, `sla:${id}:final_response:warn`]);
    await worker.kill('SIGTERM');
    expect(worker.proc.exitCode).toBe(0);
  }, 90_000);
});
