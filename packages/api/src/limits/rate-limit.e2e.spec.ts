import { request as httpRequest } from 'node:http';
import { signToken } from '../auth/jwt';
import { TokenVerifier } from '../auth/token-verifier';
import { startTestApi, type TestApi } from '../testing';

/**
 * Per-caller budgets over real HTTP: a verified token's subject has its own, a caller without one
 * (or with a token that does not verify) spends its address's; probes are never limited.
 */
const PER_MINUTE = 3;
let api: TestApi;
let port: number;
beforeAll(async () => {
  api = await startTestApi({ rateLimit: { perMinute: PER_MINUTE } });
  port = (api.app.getHttpAdapter().getInstance().server.address() as { port: number }).port;
});
afterAll(() => api.close());

interface Res {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Record<string, unknown>;
}

/** A GET from `from` (any 127.x address is this host's). */
const get = (path: string, headers: Record<string, string> = {}, from = '127.0.0.1') =>
  new Promise<Res>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers, localAddress: from }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });

const spend = async (n: number, path: string, headers?: Record<string, string>, from?: string) => {
  const out: Res[] = [];
  for (let i = 0; i < n; i++) out.push(await get(path, headers, from));
  return out;
};

const isTooMany = (res: Res) => {
  expect(res.status).toBe(429);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    type: 'https://casebook.dev/problems/TooManyRequests',
    title: 'Too Many Requests',
    status: 429,
    code: 'TooManyRequests',
    detail: expect.stringContaining(`${PER_MINUTE} requests per minute`),
  });
  expect(res.headers['ratelimit-limit']).toBe(String(PER_MINUTE));
  expect(res.headers['ratelimit-remaining']).toBe('0');
  const reset = Number(res.headers['ratelimit-reset']);
  expect(reset).toBeGreaterThan(0);
  expect(reset).toBeLessThanOrEqual(60);
  expect(res.headers['retry-after']).toBe(String(reset));
};

describe('rate limits', () => {
  it('refuses the request over the budget with 429 and the RateLimit headers', async () => {
    const ana = api.auth('agent', 'ana');
    const within = await spend(PER_MINUTE, '/complaints/none', ana);
    expect(within.map((r) => r.status)).toEqual([404, 404, 404]);
    expect(within.map((r) => r.headers['ratelimit-remaining'])).toEqual(['2', '1', '0']);
    expect(within.every((r) => r.headers['ratelimit-limit'] === String(PER_MINUTE))).toBe(true);
    isTooMany(await get('/complaints/none', ana));
  });

  it('keeps a budget per verified subject', async () => {
    const [bo, cy] = [api.auth('agent', 'bo'), api.auth(['analyst'], 'cy')];
    await spend(PER_MINUTE, '/complaints/none', bo);
    isTooMany(await get('/complaints/none', bo));
    // Another subject, same address: its own budget.
    expect((await get('/complaints/none', cy)).status).toBe(404);
    // Another token for bo (other roles) is still bo.
    isTooMany(await get('/complaints/none', api.auth('supervisor', 'bo')));
  });

  it('keys a caller without a valid token by its address, whatever sub an unverified token claims', async () => {
    const from = '127.0.0.2';
    const within = await spend(PER_MINUTE, '/openapi.json', {}, from);
    expect(within.map((r) => r.status)).toEqual([200, 200, 200]);
    isTooMany(await get('/openapi.json', {}, from));
    const forged = {
      authorization: `Bearer ${signToken({ sub: 'fresh', roles: ['admin'] }, 'x'.repeat(40))}`,
    };
    isTooMany(await get('/complaints/none', forged, from));
    // Another address has its own budget; a verified subject at the spent address has its own too.
    expect((await get('/openapi.json', {}, '127.0.0.3')).status).toBe(200);
    expect((await get('/complaints/none', api.auth('agent', 'dee'), from)).status).toBe(404);
  });

  it('counts requests no route matches: a flood of 404s is a flood', async () => {
    const from = '127.0.0.5';
    const within = await spend(PER_MINUTE, '/no/such/route', {}, from);
    expect(within.map((r) => r.status)).toEqual([404, 404, 404]);
    isTooMany(await get('/no/such/route', {}, from));
  });

  it('never limits the probes or the metrics', async () => {
    const from = '127.0.0.4';
    isTooMany((await spend(PER_MINUTE + 1, '/openapi.json', {}, from))[PER_MINUTE]!);
    for (const path of ['/health/live', '/health/ready', '/metrics']) {
      const res = await new Promise<number>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path, localAddress: from }, (r) => {
          r.resume();
          resolve(r.statusCode!);
        });
        req.on('error', reject);
        req.end();
      });
      expect(res).toBe(200);
    }
  });
});

describe('one verification per request', () => {
  it('verifies a token once, for the limiter and the guard together', async () => {
    const other = await startTestApi({ rateLimit: { perMinute: 100 } });
    try {
      const verifier = other.app.get(TokenVerifier);
      const verify = verifier.verify.bind(verifier);
      let calls = 0;
      verifier.verify = (token, now) => {
        calls += 1;
        return verify(token, now);
      };
      const res = await other.request({
        method: 'GET',
        url: '/reports/complaints',
        headers: other.auth('analyst'),
      });
      expect(res.status).toBe(200);
      expect(calls).toBe(1);
    } finally {
      await other.close();
    }
  });
});
