import { Logger } from '@nestjs/common';
import { startTestApi, type TestApi } from '../testing';
import { post } from '../testing/fixtures';

/**
 * The log as an operator's collector reads it: every line one JSON object, Nest's own lines too,
 * request lines carrying the correlation id, and nothing of the people a request was about.
 */
const lines: string[] = [];
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ logLevel: 'debug', logStream: { write: (line) => void lines.push(line) } });
});
afterAll(() => api.close());

const NAME = 'Zelda Quintrell-Abernathy';
const EMAIL = 'zelda.quintrell@example.org';
const parsed = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('the log', () => {
  it('is JSON on every line, Nest included, with the correlation id on each line of a request', async () => {
    const headers = { ...api.auth('agent', 'ana'), 'x-correlation-id': 'logs-corr-1' };
    const res = await post(
      api,
      '/customers',
      { customerId: 'cust-logs-1', name: NAME, email: EMAIL },
      headers,
    );
    expect(res.status).toBe(201);
    const all = parsed(); // throws on a line that is not JSON
    expect(all.length).toBeGreaterThan(0);
    // Nest's own logger writes through the same pino (its route mapping, at debug).
    expect(all.some((l) => l.context === 'RouterExplorer' && typeof l.msg === 'string')).toBe(true);
    const request = all.filter((l) => l.correlationId === 'logs-corr-1');
    expect(request.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    expect(request[0]).toMatchObject({ req: { method: 'POST', route: '/customers' } });
    expect(request[1]).toMatchObject({ res: { statusCode: 201 } });
    // A service's own Nest logger (the projection workers', say): a JSON line with its context.
    new Logger('projections').error('complaints: page failed');
    expect(parsed().at(-1)).toMatchObject({
      level: 50,
      context: 'projections',
      msg: 'complaints: page failed',
    });
    // Every request-scoped line (one that names a request or response) has its correlation id.
    for (const l of all.filter((x) => 'req' in x || 'res' in x))
      expect(l.correlationId).toEqual(expect.any(String));
  });

  it('never holds the personal data sent in a body, even when the request fails', async () => {
    const agent = api.auth('agent', 'ana');
    await post(
      api,
      '/customers',
      { customerId: 'cust-logs-2', name: NAME, email: EMAIL, shoeSize: 9 },
      agent,
    );
    await post(api, '/customers', `{"name": "${NAME}", "email": "${EMAIL}"`, agent);
    await api.request({
      method: 'GET',
      url: `/customers/cust-logs-1?email=${encodeURIComponent(EMAIL)}`,
      headers: agent,
    });
    const text = lines.join('');
    expect(parsed().filter((l) => l.correlationId !== undefined).length).toBeGreaterThanOrEqual(8);
    for (const secret of [NAME, EMAIL, 'Zelda', 'quintrell', agent.authorization!.slice(7)]) {
      expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
  });
});
