import { setTimeout as sleep } from 'node:timers/promises';
import type { PersonalDataStore } from '@casebook/event-store';
import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

const ABANDONED_AFTER_MS = 300;

/** What the hook between "append committed" and "key marked done" does to the next request. */
let atCrashPoint: 'pass' | 'throw' | 'hang' = 'pass';
let unfreeze: () => void = () => undefined;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({
    idempotencyKeys: {
      abandonedAfterMs: ABANDONED_AFTER_MS,
      afterRun: () => {
        const now = atCrashPoint;
        atCrashPoint = 'pass';
        if (now === 'throw') return Promise.reject(new Error('the process died here'));
        if (now === 'hang') return new Promise<void>((resolve) => (unfreeze = resolve));
        return Promise.resolve();
      },
    },
  });
});
afterAll(async () => {
  unfreeze();
  await api.close();
});

/** The events carrying `key` from `sub`, in log order. */
const eventsUnder = async (key: string, sub: string) =>
  (
    await api.db.pool.query<{ stream_id: string; type: string }>(
      `SELECT stream_id, type FROM events
        WHERE metadata->>'idempotencyKey' = $1 AND metadata->'actor'->>'id' = $2 ORDER BY global_position`,
      [key, sub],
    )
  ).rows;

const pastTheAbandonmentWindow = () => sleep(ABANDONED_AFTER_MS + 200);

describe('a process that dies after its append commits, before its key is marked done', () => {
  it('answers a retry after the abandonment window with the first answer of a create, from its events', async () => {
    const headers = { ...api.auth('agent', 'ana'), 'idempotency-key': 'crash-file' };
    atCrashPoint = 'throw';
    const died = await post(api, '/complaints', filing(), headers);
    expect(died.status).toBe(500);
    expect(await eventsUnder('crash-file', 'ana')).toHaveLength(1);

    await pastTheAbandonmentWindow();
    const retry = await post(api, '/complaints', filing(), headers);
    const [written] = await eventsUnder('crash-file', 'ana');
    const id = written!.stream_id.replace(/^complaint-/, '');
    expect(retry).toMatchObject({
      status: 201,
      body: { id, version: 0 },
      headers: { location: `/complaints/${id}`, etag: 'W/"0"', 'idempotent-replayed': 'true' },
    });
    const again = await post(api, '/complaints', filing(), headers);
    expect(again).toMatchObject({
      status: 201,
      body: retry.body,
      headers: { location: `/complaints/${id}` },
    });
    expect(await eventsUnder('crash-file', 'ana')).toEqual([
      { stream_id: `complaint-${id}`, type: 'ComplaintFiled' },
    ]);
  });

  it('answers with the path id and the version an action left, while the first request hangs', async () => {
    const agent = api.auth('agent', 'ana');
    const filed = await post(api, '/complaints', filing(), agent);
    const url = `/complaints/${filed.body.id as string}/acknowledge`;
    const headers = { ...agent, 'idempotency-key': 'crash-ack' };
    atCrashPoint = 'hang';
    const frozen = post(api, url, {}, headers);
    while ((await eventsUnder('crash-ack', 'ana')).length === 0) await sleep(20);

    await pastTheAbandonmentWindow();
    const retry = await post(api, url, {}, headers);
    expect(retry).toMatchObject({
      status: 200,
      body: { id: filed.body.id, version: 1 },
      headers: { etag: 'W/"1"', 'idempotent-replayed': 'true' },
    });
    expect(await eventsUnder('crash-ack', 'ana')).toEqual([
      { stream_id: `complaint-${filed.body.id as string}`, type: 'ComplaintAcknowledged' },
    ]);
    unfreeze();
    expect((await frozen).status).toBe(200);
  });

  it("answers from the caller's own events, not another caller's under the same key", async () => {
    const key = 'crash-shared';
    const ana = { ...api.auth('agent', 'ana'), 'idempotency-key': key };
    const bob = { ...api.auth('agent', 'bob'), 'idempotency-key': key };
    atCrashPoint = 'throw';
    await post(api, '/complaints', filing(), ana);
    atCrashPoint = 'throw';
    await post(api, '/complaints', filing(), bob);

    await pastTheAbandonmentWindow();
    const retry = await post(api, '/complaints', filing(), bob);
    const [bobs] = await eventsUnder(key, 'bob');
    expect(retry).toMatchObject({ status: 201, body: { id: bobs!.stream_id.replace(/^complaint-/, '') } });
    expect(await eventsUnder(key, 'ana')).toHaveLength(1);
    expect(await eventsUnder(key, 'bob')).toHaveLength(1);
  });

  it('runs the command again when the dead request wrote nothing', async () => {
    const agent = api.auth('agent', 'ana');
    const filed = await post(api, '/complaints', filing(), agent);
    // Closing a new complaint is refused: a 422 that writes nothing, then the process dies.
    const url = `/complaints/${filed.body.id as string}/close`;
    const headers = { ...agent, 'idempotency-key': 'crash-refused' };
    atCrashPoint = 'throw';
    expect((await post(api, url, {}, headers)).status).toBe(500);

    await pastTheAbandonmentWindow();
    const retry = await post(api, url, {}, headers);
    expect(retry.status).toBe(422);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(await eventsUnder('crash-refused', 'ana')).toEqual([]);
  });
});

describe('a request whose append commits but whose answer is lost (the database went away)', () => {
  it('answers 503, and a retry with the same key replays the first answer instead of filing twice', async () => {
    // The fault at exactly that point: the inner store commits, then the connection "drops".
    const inner = (api.store as PersonalDataStore).inner;
    const append = inner.appendToStreams.bind(inner);
    let lose = true;
    inner.appendToStreams = async (appends) => {
      const done = await append(appends);
      if (!lose) return done;
      lose = false;
      throw Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' });
    };
    try {
      const headers = { ...api.auth('agent', 'ana'), 'idempotency-key': 'lost-answer' };
      const lost = await post(api, '/complaints', filing(), headers);
      expect(lost).toMatchObject({ status: 503, body: { code: 'DatabaseUnavailable' } });
      const retry = await post(api, '/complaints', filing(), headers);
      const written = await eventsUnder('lost-answer', 'ana');
      expect(written).toHaveLength(1);
      const id = written[0]!.stream_id.replace(/^complaint-/, '');
      expect(retry).toMatchObject({ status: 201, body: { id }, headers: { 'idempotent-replayed': 'true' } });
    } finally {
      inner.appendToStreams = append;
    }
  });
});
