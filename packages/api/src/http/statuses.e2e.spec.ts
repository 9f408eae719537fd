import { connect } from 'node:net';
import { startTestApi, type TestApi, type TestResponse } from '../testing';
import { filing, post } from '../testing/fixtures';
import { CONTENT_SECURITY_POLICY } from '../limits/security-headers';

/**
 * Every status the server or its plugins produce on their own, before or around our routes, is a
 * problem like ours: the media type, and `type`, `title`, `status`, `code`, `detail` in the body.
 * (401/403/409/412/422 come from our code: errors.e2e.spec.ts. 429: rate-limit.e2e.spec.ts.)
 */
let api: TestApi;
let agent: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi();
  agent = api.auth('agent', 'ana');
});
afterAll(() => api.close());

const isProblem = (res: Pick<TestResponse, 'status' | 'headers' | 'body'>, status: number, code: string) => {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toEqual(
    expect.objectContaining({
      type: `https://casebook.dev/problems/${code}`,
      title: expect.any(String),
      status,
      code,
      detail: expect.any(String),
    }),
  );
};

describe('statuses Fastify and its plugins answer', () => {
  it('404 for a route that does not exist', async () => {
    isProblem(await api.request({ method: 'GET', url: '/no/such/route', headers: agent }), 404, 'NotFound');
  });

  it('405 with Allow for a route that exists under other methods', async () => {
    const res = await api.request({ method: 'DELETE', url: '/health/live' });
    isProblem(res, 405, 'MethodNotAllowed');
    expect(res.headers.allow).toBe('GET, HEAD');
    const assign = await api.request({ method: 'GET', url: '/complaints/c-1/assign', headers: agent });
    isProblem(assign, 405, 'MethodNotAllowed');
    expect(assign.headers.allow).toBe('POST');
  });

  it('413 for a body over the limit', async () => {
    const res = await post(api, '/complaints', filing({ description: 'x'.repeat(100_000) }), agent);
    isProblem(res, 413, 'BodyTooLarge');
  });

  it('414 for a path segment longer than the router reads', async () => {
    const res = await api.request({ method: 'GET', url: `/complaints/${'a'.repeat(3000)}`, headers: agent });
    isProblem(res, 414, 'UriTooLong');
  });

  it('415 for a body that is not JSON', async () => {
    const headers = { ...agent, 'content-type': 'text/csv' };
    isProblem(
      await api.request({ method: 'POST', url: '/complaints', body: 'a,b', headers }),
      415,
      'UnsupportedMediaType',
    );
  });

  it('400 for malformed JSON', async () => {
    isProblem(await post(api, '/complaints', '{"customerId": ', agent), 400, 'MalformedJson');
  });

  it('400 for a path whose percent-encoding is not UTF-8', async () => {
    isProblem(
      await api.request({ method: 'GET', url: '/complaints/%ED%A0%80', headers: agent }),
      400,
      'BadUrl',
    );
  });

  // The API browser's pages get helmet's browser set (docs.e2e.spec.ts); every answer this set.
  it('sends the security headers a JSON API needs, and not the browser-page ones', async () => {
    for (const url of ['/health/live', '/openapi.json', '/no/such/route']) {
      const res = await api.request({ method: 'GET', url });
      expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      for (const pageOnly of [
        'x-xss-protection',
        'x-download-options',
        'x-dns-prefetch-control',
        'origin-agent-cluster',
      ])
        expect(res.headers[pageOnly]).toBeUndefined();
    }
    const page = await api.request({ method: 'GET', url: '/docs' });
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(CONTENT_SECURITY_POLICY['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe('503 while closing', () => {
  it('refuses a request that arrives on a kept-alive connection after close() began', async () => {
    let entered!: () => void;
    const inFlight = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const closing = await startTestApi({ idempotencyKeys: { afterRun: () => (entered(), held) } });
    const fastify = closing.app.getHttpAdapter().getInstance();
    const { port } = fastify.server.address() as { port: number };
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (b) => received.push(b));
    const ended = new Promise((resolve) => socket.on('close', resolve));
    const auth = closing.auth('agent', 'ana').authorization!;
    const body = JSON.stringify(filing());
    socket.write(
      `POST /complaints HTTP/1.1\r\nHost: x\r\nAuthorization: ${auth}\r\nIdempotency-Key: k-1\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    await inFlight;
    const closed = closing.close();
    while (fastify.server.listening) await new Promise((r) => setTimeout(r, 5));
    socket.write('GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise((r) => setTimeout(r, 50));
    release();
    await ended;
    await closed;
    const [first, second] = responses(Buffer.concat(received).toString('utf8'));
    expect(first?.status).toBe(201);
    isProblem(second!, 503, 'ShuttingDown');
    expect(second!.headers.connection).toBe('close');
    expect(second!.headers['retry-after']).toMatch(/^\d+$/);
  });
});

/** The responses on one HTTP/1.1 connection, in order (bodies by Content-Length). */
function responses(raw: string): TestResponse[] {
  const out: TestResponse[] = [];
  let rest = raw;
  while (rest.startsWith('HTTP/1.1')) {
    const end = rest.indexOf('\r\n\r\n');
    const [statusLine, ...lines] = rest.slice(0, end).split('\r\n');
    const headers = Object.fromEntries(
      lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
    );
    const length = Number(headers['content-length'] ?? 0);
    const text = Buffer.from(rest.slice(end + 4), 'utf8')
      .subarray(0, length)
      .toString('utf8');
    out.push({
      status: Number(statusLine!.split(' ')[1]),
      headers,
      body: text ? JSON.parse(text) : undefined,
    });
    rest = Buffer.from(rest.slice(end + 4), 'utf8')
      .subarray(length)
      .toString('utf8');
  }
  return out;
}
