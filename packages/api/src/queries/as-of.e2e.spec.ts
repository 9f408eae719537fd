import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

/**
 * The command's clock (the API's) stamps `occurredAt`; the store's clock stamps `recordedAt`. The
 * test moves the first to make a backdated fact: the assignment is recorded last but happened
 * on the 2nd, between the filing (1st) and the acknowledgement (4th).
 */
let now = new Date('2024-03-01T09:00:00.000Z');
let api: TestApi;
let c: string;
/** When the store recorded the filing, the acknowledgement and the backdated assignment. */
let recorded: [string, string, string];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const get = (url: string) => api.request({ method: 'GET', url, headers: api.auth('auditor') });
const minus1ms = (iso: string) => new Date(Date.parse(iso) - 1).toISOString();

beforeAll(async () => {
  api = await startTestApi({ clock: () => now, projections: { run: false } });
  const agent = api.auth('agent', 'ana');
  c = `/complaints/${(await post(api, '/complaints', filing(), agent)).body.id as string}`;
  await sleep(5); // distinct recording instants, to the millisecond the API shows
  now = new Date('2024-03-04T09:00:00.000Z');
  await post(api, `${c}/acknowledge`, {}, agent);
  await sleep(5);
  now = new Date('2024-03-02T09:00:00.000Z');
  expect((await post(api, `${c}/assign`, { ownerId: 'ana', team: 'billing' }, agent)).status).toBe(200);
  const history = await get(`${c}/history`);
  recorded = (history.body.items as { recordedAt: string }[]).map((i) => i.recordedAt) as typeof recorded;
  expect(recorded).toHaveLength(3);
});
afterAll(() => api.close());

describe('GET /complaints/{id}?asOf=', () => {
  it('recorded (the default): what the system knew then, inclusive of the instant', async () => {
    const res = await get(`${c}?asOf=${recorded[1]}`);
    expect(res).toMatchObject({
      status: 200,
      body: {
        version: 1,
        asOf: recorded[1],
        timeline: 'recorded',
        state: { status: 'open', acknowledgedAt: '2024-03-04T09:00:00.000Z', ownerId: null },
      },
    });
    expect(res.headers.etag).toBeUndefined(); // not the current version: no If-Match from it
    const explicit = await get(`${c}?asOf=${recorded[1]}&timeline=recorded`);
    expect(explicit.body).toEqual(res.body);
  });

  it('occurred: a backdated fact counts from when it happened', async () => {
    const res = await get(`${c}?asOf=2024-03-03T00:00:00Z&timeline=occurred`);
    expect(res).toMatchObject({
      status: 200,
      body: { version: 2, asOf: '2024-03-03T00:00:00.000Z', timeline: 'occurred' },
    });
    expect(res.body.state).toMatchObject({ ownerId: 'ana', team: 'billing', acknowledgedAt: null });
    // The same instant on the recorded timeline: nothing was known then (recorded in the present).
    expect((await get(`${c}?asOf=2024-03-03T00:00:00Z`)).status).toBe(404);
  });

  it('after everything happened, the occurred timeline reaches the current state', async () => {
    const current = await get(c);
    const all = await get(`${c}?asOf=2024-03-05T00:00:00Z&timeline=occurred`);
    expect(all.body.state).toEqual(current.body.state);
    expect(all.body.version).toBe(1); // the acknowledgement happened last
  });

  it('before the complaint was recorded, or before it happened: 404', async () => {
    const before = await get(`${c}?asOf=${minus1ms(recorded[0])}`);
    expect(before).toMatchObject({ status: 404, body: { code: 'NotFound' } });
    expect(before.body.detail).toContain('recorded by');
    const early = await get(`${c}?asOf=2024-03-01T08:59:59.999Z&timeline=occurred`);
    expect(early).toMatchObject({ status: 404, body: { code: 'NotFound' } });
  });

  it('without asOf the answer is as before: current, with its ETag', async () => {
    const res = await get(c);
    expect(res).toMatchObject({ status: 200, headers: { etag: 'W/"2"' }, body: { version: 2 } });
    expect(Object.keys(res.body as object).sort()).toEqual(['id', 'state', 'version']);
  });

  it.each([
    ['asOf=yesterday', ['asOf']],
    ['asOf=2024-03-01T09:00:00%2B01:00', ['asOf']],
    ['asOf=2024-03-01T09:00:00Z&timeline=sideways', ['timeline']],
    ['timeline=occurred', ['timeline']],
    ['asOf=2024-02-30T00:00:00Z&timeline=x', ['asOf', 'timeline']],
  ])('?%s is a 400 naming %j', async (query, paths) => {
    const res = await get(`${c}?${query}`);
    expect(res).toMatchObject({ status: 400, body: { code: 'InvalidInput' } });
    expect((res.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(paths);
  });

  it('works for every resource: a refund as of before it was requested is unknown', async () => {
    const refund = await post(
      api,
      '/refunds',
      {
        complaintId: c.split('/')[2],
        kind: 'refund',
        paymentReference: 'p',
        amount: { minor: 1, currency: 'GBP' },
        reason: 'duplicate',
      },
      api.auth('agent', 'ana'),
    );
    const r = `/refunds/${refund.body.id as string}`;
    expect((await get(`${r}?asOf=${recorded[0]}`)).status).toBe(404);
    expect((await get(`${r}?asOf=2030-01-01T00:00:00Z`)).body).toMatchObject({
      version: 0,
      state: { status: 'requested' },
    });
  });
});
