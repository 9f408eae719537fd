import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCasebookClient, ok, ProblemError, retryAfterMs, type RetryOptions } from '.';

/**
 * The retries against a real HTTP server that answers from a script, so the outages casebook
 * only shows under load (a key still in flight, a 503 while closing) happen on cue.
 */
type Scripted = { status: number; headers?: Record<string, string>; body?: unknown };
let script: Scripted[] = [];
let seen: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const next = script.shift() ?? { status: 500, body: { title: 'script ran out' } };
      const type = next.status >= 400 ? 'application/problem+json' : 'application/json';
      res.writeHead(next.status, { 'content-type': type, ...next.headers });
      res.end(
        typeof next.body === 'string' || next.body === undefined ? next.body : JSON.stringify(next.body),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  script = [];
  seen = [];
});

const problem = (status: number, code: string) => ({
  status,
  body: { type: `https://casebook.dev/problems/${code}`, title: code, status, code },
});
const client = (retry: RetryOptions = { baseDelayMs: 5 }) =>
  createCasebookClient({ baseUrl, token: 't0k', retry });
const register = (c = client(), headers = {}) =>
  ok(c.POST('/customers', { params: { header: headers }, body: { name: 'Ada', email: 'ada@example.com' } }));
const keys = () => seen.map((s) => s.headers['idempotency-key']);

it('tries a 503 again with the same key and body until it is answered', async () => {
  script = [
    { ...problem(503, 'ServiceUnavailable'), headers: { 'retry-after': '0' } },
    { ...problem(503, 'ServiceUnavailable'), headers: { 'retry-after': '0' } },
    { status: 201, body: { id: 'c-1', version: 0 } },
  ];
  expect(await register()).toEqual({ id: 'c-1', version: 0 });
  expect(seen).toHaveLength(3);
  expect(keys()[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(new Set(keys()).size).toBe(1);
  expect(new Set(seen.map((s) => s.body)).size).toBe(1);
  expect(seen[0]!.headers.authorization).toBe('Bearer t0k');
});

it('tries a 409 IdempotencyKeyInProgress again, and keeps the key the caller gave', async () => {
  script = [problem(409, 'IdempotencyKeyInProgress'), { status: 201, body: { id: 'c-2', version: 0 } }];
  expect(await register(client(), { 'Idempotency-Key': 'mine-1' })).toEqual({ id: 'c-2', version: 0 });
  expect(keys()).toEqual(['mine-1', 'mine-1']);
});

it('does not retry any other conflict: it is thrown as a ProblemError', async () => {
  script = [problem(409, 'AlreadyExists')];
  const e = await register().catch((err: unknown) => err);
  expect(e).toBeInstanceOf(ProblemError);
  expect(e).toMatchObject({ status: 409, code: 'AlreadyExists', title: 'AlreadyExists' });
  expect(seen).toHaveLength(1);
});

it('gives up after the bounded number of tries with the last answer', async () => {
  script = Array.from({ length: 5 }, () => problem(503, 'ServiceUnavailable'));
  const e = await register(client({ attempts: 3, baseDelayMs: 1 })).catch((err: unknown) => err);
  expect(e).toMatchObject({ status: 503, code: 'ServiceUnavailable' });
  expect(seen).toHaveLength(3);
});

it('waits as long as Retry-After asks, within maxDelayMs', async () => {
  script = [
    { ...problem(503, 'ServiceUnavailable'), headers: { 'retry-after': '1' } },
    { status: 201, body: { id: 'c-3', version: 0 } },
  ];
  let started = Date.now();
  await register();
  expect(Date.now() - started).toBeGreaterThanOrEqual(950);

  script = [
    { ...problem(503, 'ServiceUnavailable'), headers: { 'retry-after': '120' } },
    { status: 201, body: { id: 'c-4', version: 0 } },
  ];
  started = Date.now();
  await register(client({ maxDelayMs: 20 }));
  expect(Date.now() - started).toBeLessThan(2000);
});

it('sends no Idempotency-Key with a read, and retries a read’s 503 too', async () => {
  script = [problem(503, 'NotReady'), { status: 200, body: { status: 'ok' } }];
  const res = await client().GET('/health/ready');
  expect(res.response.status).toBe(200);
  expect(seen.map((s) => [s.method, s.headers['idempotency-key']])).toEqual([
    ['GET', undefined],
    ['GET', undefined],
  ]);
});

it('turns an answer that is no problem document into a ProblemError all the same', async () => {
  script = [{ status: 502, headers: { 'content-type': 'text/html' }, body: 'bad gateway' }];
  const e = await register(client({ attempts: 1 })).catch((err: unknown) => err);
  expect(e).toMatchObject({ status: 502, type: 'about:blank', detail: 'bad gateway' });
});

it('sends the client’s headers and asks the token function before every request', async () => {
  script = [
    { status: 200, body: {} },
    { status: 200, body: {} },
  ];
  let n = 0;
  const c = createCasebookClient({
    baseUrl: `${baseUrl}/`,
    token: async () => `t-${++n}`,
    headers: { 'X-Correlation-Id': 'corr-7' },
  });
  await c.GET('/health/ready');
  await c.GET('/health/live');
  expect(seen.map((s) => [s.url, s.headers.authorization, s.headers['x-correlation-id']])).toEqual([
    ['/health/ready', 'Bearer t-1', 'corr-7'],
    ['/health/live', 'Bearer t-2', 'corr-7'],
  ]);
});

it('reads Retry-After as seconds or as an HTTP date', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  expect(retryAfterMs('3', now)).toBe(3000);
  expect(retryAfterMs('Thu, 01 Jan 2026 00:00:02 GMT', now)).toBe(2000);
  expect(retryAfterMs('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
  expect(retryAfterMs('soon', now)).toBeUndefined();
  expect(retryAfterMs(null, now)).toBeUndefined();
});
