import { createHmac } from 'node:crypto';
import { startTestApi, TEST_SECRET, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

let api: TestApi;
let agent: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi();
  agent = api.auth('agent', 'ana');
});
afterAll(() => api.close());

/** The status line, the media type and the body's `status` and `code` all say the same problem. */
const isProblem = (
  res: { status: number; headers: Record<string, string>; body: Record<string, unknown> },
  status: number,
  code: string,
) => {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String) });
};

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const forged = (header: unknown, claims: unknown) => {
  const head = `${b64(header)}.${b64(claims)}`;
  return `${head}.${createHmac('sha256', TEST_SECRET).update(head).digest('base64url')}`;
};

describe('400 invalid input', () => {
  it('lists every invalid field with its path and reason, unknown fields included', async () => {
    const body = filing({ amountPaid: { minor: -1, currency: 'pounds' }, priority: 7, colour: 'red' });
    delete (body as Record<string, unknown>).channel;
    const res = await post(api, '/complaints', body, agent);
    isProblem(res, 400, 'InvalidInput');
    const paths = (res.body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['amountPaid.currency', 'amountPaid.minor', 'channel', 'colour', 'priority']);
    expect(res.body.errors).toContainEqual({ path: 'colour', reason: 'unknown field' });
  });

  it.each([
    ['malformed JSON', '{"customerId": ', 'MalformedJson'],
    ['a JSON array', '[1,2]', 'InvalidInput'],
    ['a JSON string', '"hello"', 'InvalidInput'],
  ])('refuses %s', async (_name, raw, code) => {
    const res = await api.request({ method: 'POST', url: '/complaints', body: raw, headers: agent });
    isProblem(res, 400, code);
  });

  it('refuses a body id that disagrees with the path', async () => {
    const res = await post(
      api,
      '/complaints/c-1/assign',
      { complaintId: 'c-2', ownerId: 'a', team: 't' },
      agent,
    );
    isProblem(res, 400, 'InvalidInput');
  });

  it('refuses an unknown X-Channel', async () => {
    isProblem(
      await post(api, '/complaints', filing(), { ...agent, 'x-channel': 'pigeon' }),
      400,
      'InvalidInput',
    );
  });

  it('refuses an unreadable If-Match', async () => {
    const res = await post(api, '/complaints/c-1/acknowledge', {}, { ...agent, 'if-match': 'yesterday' });
    isProblem(res, 400, 'InvalidInput');
  });
});

describe('401 missing or bad token', () => {
  const exp = Math.floor(Date.now() / 1000) + 60;
  it.each([
    ['no header', {}],
    ['not bearer', { authorization: 'Basic YTpi' }],
    ['garbage', { authorization: 'Bearer abc.def.ghi' }],
    [
      'alg none',
      { authorization: `Bearer ${b64({ alg: 'none' })}.${b64({ sub: 'x', roles: ['admin'], exp })}.` },
    ],
    [
      'expired',
      { authorization: `Bearer ${forged({ alg: 'HS256' }, { sub: 'x', roles: ['admin'], exp: exp - 120 })}` },
    ],
    [
      'unknown role',
      { authorization: `Bearer ${forged({ alg: 'HS256' }, { sub: 'x', roles: ['root'], exp })}` },
    ],
  ])('%s', async (_name, headers: Record<string, string>) => {
    const res = await api.request({ method: 'GET', url: '/complaints/x', headers });
    isProblem(res, 401, 'Unauthenticated');
  });

  it('leaves health and the API document open', async () => {
    for (const url of ['/health/live', '/health/ready', '/openapi.json', '/docs']) {
      expect((await api.request({ method: 'GET', url })).status).toBe(200);
    }
  });
});

describe('403, 404, 409, 412, 413, 415, 422', () => {
  it('403 when the role may not', async () => {
    isProblem(await post(api, '/complaints', filing(), api.auth('analyst')), 403, 'Forbidden');
  });

  it('404 for an unknown resource, action or route', async () => {
    isProblem(await api.request({ method: 'GET', url: '/complaints/nope', headers: agent }), 404, 'NotFound');
    isProblem(
      await post(api, '/complaints/nope/assign', { ownerId: 'a', team: 't' }, agent),
      404,
      'NotFound',
    );
    isProblem(await post(api, '/complaints/nope/dance', {}, agent), 404, 'NotFound');
    isProblem(await api.request({ method: 'GET', url: '/nothing-here', headers: agent }), 404, 'NotFound');
  });

  it('409 when the resource already exists', async () => {
    await post(api, '/complaints', filing({ complaintId: 'dup-1' }), agent);
    const again = await post(api, '/complaints', filing({ complaintId: 'dup-1' }), agent);
    isProblem(again, 409, 'AlreadyExists');
  });

  it('412 on a stale If-Match, with the current version; nothing written', async () => {
    const filed = await post(api, '/complaints', filing(), agent);
    const url = `/complaints/${filed.body.id as string}`;
    await post(api, `${url}/acknowledge`, {}, agent);
    const stale = await post(
      api,
      `${url}/assign`,
      { ownerId: 'a', team: 't' },
      { ...agent, 'if-match': 'W/"0"' },
    );
    isProblem(stale, 412, 'StaleVersion');
    expect(stale.body.currentVersion).toBe(1);
    expect((await api.request({ method: 'GET', url, headers: agent })).headers.etag).toBe('W/"1"');
  });

  it('413 for a huge body', async () => {
    const res = await post(api, '/complaints', filing({ description: 'x'.repeat(200_000) }), agent);
    isProblem(res, 413, 'BodyTooLarge');
  });

  it('415 for another content type', async () => {
    const headers = { ...agent, 'content-type': 'application/x-www-form-urlencoded' };
    isProblem(
      await api.request({ method: 'POST', url: '/complaints', body: 'a=1', headers }),
      415,
      'UnsupportedMediaType',
    );
    const text = { ...agent, 'content-type': 'text/plain' };
    isProblem(
      await api.request({ method: 'POST', url: '/complaints', body: '{}', headers: text }),
      415,
      'UnsupportedMediaType',
    );
  });

  it('422 for a business rule, its tag as code', async () => {
    const filed = await post(api, '/complaints', filing(), agent);
    const res = await post(api, `/complaints/${filed.body.id as string}/close`, {}, agent);
    isProblem(res, 422, 'InvalidTransition');
  });
});
