import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** What was written after `position`, in log order: through the store, so on either backend. */
const eventsAfter = async (api: TestApi, position: bigint) => {
  const out: { stream_id: string; type: string }[] = [];
  for (let after = position; ;) {
    const page = await api.rawStore.readAll({ after, maxCount: 1000 });
    out.push(...page.events.map((e) => ({ stream_id: e.streamId, type: e.type })));
    if (page.events.length === 0) return out;
    after = page.lastPosition;
  }
};

const countEvents = async (api: TestApi) => (await eventsAfter(api, 0n)).length;

const headPosition = (api: TestApi): Promise<bigint> => api.rawStore.headPosition();

describe('Idempotency-Key', () => {
  it('replays the first answer to a retry with the same body and writes nothing', async () => {
    const headers = { ...api.auth('agent', 'ana'), 'idempotency-key': 'file-1' };
    const first = await post(api, '/complaints', filing(), headers);
    const before = await countEvents(api);
    const retry = await post(api, '/complaints', filing(), headers);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers.etag).toBe(first.headers.etag);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await countEvents(api)).toBe(before);
  });

  it('refuses the same key with another body (422) and writes nothing', async () => {
    const headers = { ...api.auth('agent', 'ana'), 'idempotency-key': 'file-2' };
    await post(api, '/complaints', filing(), headers);
    const before = await countEvents(api);
    const misuse = await post(api, '/complaints', filing({ category: 'delivery' }), headers);
    expect(misuse).toMatchObject({ status: 422, body: { code: 'IdempotencyKeyReused' } });
    expect(await countEvents(api)).toBe(before);
  });

  it('scopes keys to the caller', async () => {
    const a = await post(api, '/complaints', filing(), {
      ...api.auth('agent', 'ana'),
      'idempotency-key': 'shared',
    });
    const b = await post(api, '/complaints', filing(), {
      ...api.auth('agent', 'bob'),
      'idempotency-key': 'shared',
    });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('replays a business-rule refusal too, but not a stale If-Match', async () => {
    const agent = api.auth('agent', 'ana');
    const filed = await post(api, '/complaints', filing(), agent);
    const url = `/complaints/${filed.body.id as string}`;
    const refused = await post(api, `${url}/close`, {}, { ...agent, 'idempotency-key': 'close-1' });
    expect(refused.status).toBe(422);
    const again = await post(api, `${url}/close`, {}, { ...agent, 'idempotency-key': 'close-1' });
    expect(again).toMatchObject({ status: 422, headers: { 'idempotent-replayed': 'true' } });
    const stale = { ...agent, 'idempotency-key': 'ack-1', 'if-match': 'W/"7"' };
    expect((await post(api, `${url}/acknowledge`, {}, stale)).status).toBe(412);
    const fixed = { ...agent, 'idempotency-key': 'ack-1', 'if-match': 'W/"0"' };
    expect((await post(api, `${url}/acknowledge`, {}, fixed)).status).toBe(200);
  });

  it('leaves the answer of a command that wrote events to its events: a retry rebuilds it from them', async () => {
    const agent = api.auth('agent', 'ana');
    const row = async (key: string) =>
      (
        await api.db.pool.query<{ status: string; response: unknown }>(
          `SELECT status, response FROM api_idempotency_keys WHERE scope = 'ana' AND key = $1`,
          [key],
        )
      ).rows[0];
    const first = await post(api, '/complaints', filing(), { ...agent, 'idempotency-key': 'lazy-file' });
    expect(first.status).toBe(201);
    // One statement less per command: the claim stays as it was made.
    expect(await row('lazy-file')).toEqual({ status: 'in_progress', response: null });
    const url = `/complaints/${first.body.id as string}`;
    const acked = await post(api, `${url}/acknowledge`, {}, { ...agent, 'idempotency-key': 'lazy-ack' });
    expect(acked.status).toBe(200);
    const before = await countEvents(api);

    for (const [key, path, answer] of [
      ['lazy-file', '/complaints', first],
      ['lazy-ack', `${url}/acknowledge`, acked],
    ] as const) {
      const retry = await post(api, path, path === '/complaints' ? filing() : {}, {
        ...agent,
        'idempotency-key': key,
      });
      expect(retry).toMatchObject({ status: answer.status, body: answer.body });
      expect(retry.headers.etag).toBe(answer.headers.etag);
      expect(retry.headers.location).toBe(answer.headers.location);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      // Rebuilt once, then kept: the next retry reads the stored answer.
      expect(await row(key)).toMatchObject({ status: 'done', response: { status: answer.status } });
    }
    expect(await countEvents(api)).toBe(before);

    // An answer the events cannot give (a refusal) is stored at once.
    const refused = await post(api, `${url}/close`, {}, { ...agent, 'idempotency-key': 'lazy-close' });
    expect(refused.status).toBe(422);
    expect(await row('lazy-close')).toMatchObject({ status: 'done', response: { status: 422 } });
  });

  it('runs one of several concurrent requests with one key, writing once; the others replay or wait', async () => {
    const headers = { ...api.auth('agent', 'ana'), 'idempotency-key': 'burst' };
    const head = await headPosition(api);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post(api, '/complaints', filing(), headers)),
    );
    const created = answers.filter((a) => a.status === 201);
    expect(new Set(created.map((a) => a.body.id as string)).size).toBe(1);
    for (const a of answers.filter((a) => a.status !== 201)) {
      expect(a).toMatchObject({ status: 409, body: { code: 'IdempotencyKeyInProgress' } });
    }
    const id = created[0]!.body.id as string;
    // The whole burst wrote one filing: a loser that ran its command too would add a complaint.
    expect(await eventsAfter(api, head)).toEqual([{ stream_id: `complaint-${id}`, type: 'ComplaintFiled' }]);
    const fresh = await post(api, '/complaints', filing(), headers);
    expect(fresh).toMatchObject({ status: 201, body: { id }, headers: { 'idempotent-replayed': 'true' } });
    expect(await eventsAfter(api, head)).toHaveLength(1);
  });
});
