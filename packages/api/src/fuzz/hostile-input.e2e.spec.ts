import { startTestApi, type TestApi, type TestResponse } from '../testing';
import { filing, post } from '../testing/fixtures';

/**
 * Issue 13's crash paths, one named test each: every one answered 500 before. (Two more of its
 * list are Fastify's own answers, in http/statuses.e2e.spec.ts: "414 for a path segment longer
 * than the router reads" and "400 for a path whose percent-encoding is not UTF-8".)
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const invalidInput = (res: TestResponse, path: string, reason: RegExp) => {
  expect(res.status).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    code: 'InvalidInput',
    errors: [{ path, reason: expect.stringMatching(reason) }],
  });
};

const get = (url: string, role: Parameters<TestApi['auth']>[0] = 'supervisor') =>
  api.request({ method: 'GET', url, headers: api.auth(role) });

describe('hostile strings in a command body', () => {
  it('a NUL in a body string is a 400 naming the field', async () => {
    const res = await post(api, '/complaints', filing({ category: 'bi\u0000lling' }), api.auth('agent'));
    invalidInput(res, 'category', /NUL character \(U\+0000 at character 3\)/);
  });

  it('a lone surrogate in a body string is a 400 naming the field', async () => {
    // JSON.stringify writes it as the escape \ud800, as a client would send it.
    const res = await post(api, '/complaints', filing({ category: 'a\ud800b' }), api.auth('agent'));
    invalidInput(res, 'category', /lone UTF-16 surrogate \(U\+D800 at character 2\)/);
  });

  it('a right-to-left override in a label is a 400 naming the field', async () => {
    const res = await post(api, '/complaints', filing({ orderReference: 'ord\u202E1' }), api.auth('agent'));
    invalidInput(res, 'orderReference', /bidirectional control U\+202E/);
  });

  it('free text keeps its line breaks', async () => {
    const res = await post(
      api,
      '/complaints',
      filing({ description: 'line one\r\n\tline two' }),
      api.auth('agent'),
    );
    expect(res.status).toBe(201);
  });
});

describe('hostile report filters and ids', () => {
  it.each<[string, string]>([
    ['/reports/complaints?category=%00', 'category'],
    ['/reports/customers?customerId=%00', 'customerId'],
    ['/reports/interactions?agentId=a%00', 'agentId'],
    ['/reports/backlog?team=%00', 'team'],
    ['/reports/clocks?regime=%00', 'regime'],
    ['/reports/complaints?category=a%E2%80%AEb', 'category'],
    ['/reports/metrics?%00=1', '\u0000'],
  ])('GET %s is a 400 naming %j', async (url, path) => {
    invalidInput(await get(url, 'analyst'), path, /NUL character|bidirectional control U\+202E/);
  });

  it('GET /reports/complaints/a%00b is a 400 naming the id', async () => {
    invalidInput(await get('/reports/complaints/a%00b', 'analyst'), 'id', /expected an id/);
    invalidInput(await get('/reports/customers/%00', 'analyst'), 'id', /expected an id/);
  });
});

describe('hostile ids of single resources, their histories and chains', () => {
  it.each([
    '/complaints/a%00b',
    '/customers/a%00b',
    '/interactions/%07',
    '/refunds/a%E2%80%AEb',
    '/escalations/a%00b',
    '/complaints/a%00b/clocks',
    '/complaints/a%00b/notifications',
    '/complaints/a%00b/history',
    '/customers/a%00b/history',
    '/refunds/a%00b/history',
  ])('GET %s is a 400 naming the id', async (url) => {
    invalidInput(await get(url), 'id', /expected an id/);
  });

  it('GET /audit/streams/{streamId}/verify refuses a NUL in the stream id, naming it', async () => {
    invalidInput(await get('/audit/streams/complaint-a%00b/verify'), 'streamId', /NUL character/);
  });

  it('the outbox routes refuse a NUL in the message id and in a query, naming them', async () => {
    const retry = await api.request({
      method: 'POST',
      url: '/outbox/k%00/retry',
      headers: api.auth('admin'),
    });
    invalidInput(retry, 'id', /NUL character/);
    invalidInput(await get('/outbox/dead-letters?before=%00', 'admin'), 'before', /NUL character/);
  });

  it('a NUL in a history cursor is a 400 naming it', async () => {
    invalidInput(await get('/complaints/c-1/history?cursor=%00'), 'cursor', /NUL character/);
  });
});

describe('found by the route fuzzer', () => {
  it('a request head over 16 KiB (a long path) is a 431 problem, not Fastify’s own JSON', async () => {
    const res = await get(`/customers/${'%C3%A9'.repeat(3000)}`);
    expect(res.status).toBe(431);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 431,
      code: 'HeadersTooLarge',
      title: 'Request Header Fields Too Large',
    });
  });

  it('a body nested 5,000 levels deep under an Idempotency-Key is a 400 naming the field, not a stack overflow', async () => {
    let deep = '1';
    for (let i = 0; i < 5000; i++) deep = `[${deep}]`;
    const headers = { ...api.auth('agent'), 'idempotency-key': 'deep-1' };
    const res = await post(api, '/complaints', `{"category":${deep}}`, headers);
    invalidInput(res, 'category', /^nested deeper than 32 levels$/);
    const shallow = await post(api, '/complaints', filing(), {
      ...api.auth('agent'),
      'idempotency-key': 'deep-2',
    });
    expect(shallow.status).toBe(201);
  });

  it('a number past what a double holds (1e400) under an Idempotency-Key is a 400 naming the field', async () => {
    const headers = { ...api.auth('agent'), 'idempotency-key': 'huge-1' };
    const body = JSON.stringify(filing()).replace(
      '"amountPaid":{"minor":5000',
      '"amountPaid":{"minor":1e400',
    );
    invalidInput(await post(api, '/complaints', body, headers), 'amountPaid', /too large to be stored/);
  });

  it('a token whose subject holds a NUL is refused as a token (401), with or without an Idempotency-Key', async () => {
    const { authorization } = api.auth('agent', 'ana\u0000');
    for (const key of [{}, { 'idempotency-key': 'nul-sub-1' }] as Record<string, string>[]) {
      const res = await post(api, '/complaints', filing(), { authorization: authorization!, ...key });
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(res.body)).toMatch(/NUL character/);
    }
  });
});
