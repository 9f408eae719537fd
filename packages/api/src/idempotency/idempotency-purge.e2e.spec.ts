import { setTimeout as sleep } from 'node:timers/promises';
import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';
import { InMemoryIdempotencyStore } from './idempotency.memory-store';

// A one-hour soak scaled down: keys live 2 s, the job runs every 200 ms, traffic lasts 6 s. (With
// 1 s, a retry of the previous key outlived it on a loaded machine and ran as a new request.)
const RETENTION_MS = 2_000;
const PURGE_EVERY_MS = 200;
const TRAFFIC_MS = 6_000;
const PACE_MS = 50;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({
    idempotencyKeys: { retentionMs: RETENTION_MS, purge: { everyMs: PURGE_EVERY_MS, batchSize: 5 } },
  });
});
afterAll(() => api.close());

const keyCount = async () =>
  Number(
    (await api.db.pool.query<{ n: string }>('SELECT count(*) AS n FROM api_idempotency_keys')).rows[0]!.n,
  );

describe('the idempotency-key purge job', () => {
  it('keeps the table at about one retention window of keys under a steady rate, and never purges a live key', async () => {
    const agent = api.auth('agent', 'ana');
    const started = Date.now();
    let sent = 0;
    let largest = 0;
    let previous: { key: string; body: unknown } | undefined;
    while (Date.now() - started < TRAFFIC_MS) {
      const key = `soak-${sent}`;
      const [answer] = await Promise.all([
        post(api, '/complaints', filing(), { ...agent, 'idempotency-key': key }),
        sleep(PACE_MS),
      ]);
      expect(answer.status).toBe(201);
      sent += 1;
      // The key before this one is a request or two old, well inside its retention: it replays.
      if (previous !== undefined) {
        const retry = await post(api, '/complaints', filing(), { ...agent, 'idempotency-key': previous.key });
        expect(retry).toMatchObject({
          status: 201,
          body: previous.body,
          headers: { 'idempotent-replayed': 'true' },
        });
      }
      previous = { key, body: answer.body };
      largest = Math.max(largest, await keyCount());
    }
    // What one retention window plus a purge interval holds at the rate measured, with slack for
    // a slow sweep: without the job the table would hold every key sent.
    const perMs = sent / TRAFFIC_MS;
    const bound = Math.ceil(perMs * (RETENTION_MS + 3 * PURGE_EVERY_MS)) + 8;
    expect(sent).toBeGreaterThan(bound);
    expect(largest).toBeLessThanOrEqual(bound);
  });

  it('starts with the app and stops with it: no sweep after close', async () => {
    let sweeps = 0;
    const idempotency = new (class extends InMemoryIdempotencyStore {
      override purgeExpired(limit: number): Promise<number> {
        sweeps += 1;
        return super.purgeExpired(limit);
      }
    })();
    const other = await startTestApi({ idempotency, idempotencyKeys: { purge: { everyMs: 10 } } });
    while (sweeps === 0) await sleep(10);
    await other.close();
    const atClose = sweeps;
    await sleep(100);
    expect(sweeps).toBe(atClose);
  });

  it('is off with purge: false', async () => {
    let sweeps = 0;
    const idempotency = new (class extends InMemoryIdempotencyStore {
      override purgeExpired(limit: number): Promise<number> {
        sweeps += 1;
        return super.purgeExpired(limit);
      }
    })();
    const other = await startTestApi({ idempotency, idempotencyKeys: { purge: false } });
    await sleep(100);
    await other.close();
    expect(sweeps).toBe(0);
  });
});
