import { startTestApi, type TestApi } from '../testing';
import { T0, seedPeople } from './testing/people-seed';
import { getReport, testClock } from './testing/report-fixtures';

const clock = testClock(T0);
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ clock: clock.clock });
  await seedPeople(api, clock);
}, 120_000);
afterAll(() => api.close());

const MARCH = 'from=2024-03-01T00:00:00Z&to=2024-04-01T00:00:00Z';

describe('GET /reports/refunds/summary', () => {
  it('sums the ledger by the groups asked, amounts as strings', async () => {
    const res = await getReport(api, `/reports/refunds/summary?${MARCH}&groupBy=status,month`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { month: '2024-03', currency: 'GBP', status: 'approved', refunds: 1, amountMinor: '60000' },
      { month: '2024-03', currency: 'GBP', status: 'settled', refunds: 1, amountMinor: '1000' },
    ]);
  });

  it('exports CSV, nested and empty answers included', async () => {
    const res = await getReport(api, `/reports/refunds/summary?${MARCH}&status=settled&format=csv`);
    expect(res.headers['content-disposition']).toBe('attachment; filename="refunds-summary.csv"');
    expect(res.body).toBe('currency,refunds,amountMinor\r\nGBP,1,1000\r\n');
    const none = await getReport(api, '/reports/backlog?team=nobody&groupBy=team', 'analyst', {
      accept: 'text/csv',
    });
    expect(none.body).toBe(
      'team,total,buckets.under1d,buckets.from1to3d,buckets.from3to7d,buckets.from7to14d,buckets.from14to28d,buckets.over28d\r\n',
    );
  });
});

describe('GET /reports/metrics and /reports/backlog', () => {
  it('answers service metrics per period, judged at the request’s instant', async () => {
    const res = await getReport(api, `/reports/metrics?${MARCH}&period=month`, 'supervisor');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      periodStart: '2024-03-01T00:00:00.000Z',
      satisfaction: { numerator: 1, denominator: 2 },
    });
    const csv = await getReport(api, `/reports/metrics?${MARCH}&period=month&format=csv`);
    const [header, row] = (csv.body as string).split('\r\n');
    expect(header).toMatch(/^periodStart,firstReplyTime\.count,firstReplyTime\.meanSeconds,/);
    expect(row).toMatch(/^2024-03-01T00:00:00\.000Z,/);
  });

  it('ages the open backlog at the request’s instant', async () => {
    clock.now = new Date(Date.parse(T0) + 10 * 86_400_000);
    const res = await getReport(api, '/reports/backlog', 'auditor');
    expect(res.body.items).toEqual([
      expect.objectContaining({ total: 2, buckets: expect.objectContaining({ from7to14d: 2, under1d: 0 }) }),
    ]);
  });

  it.each<[string, string, RegExp]>([
    ['/reports/metrics?period=month', 'from', /required/],
    [`/reports/metrics?${MARCH}&period=year`, 'period', /day, week, month/],
    [`/reports/metrics?${MARCH}&period=day&groupBy=team,colour`, 'groupBy[1]', /team, agent/],
    ['/reports/refunds/summary?from=2024-04-01T00:00:00Z&to=2024-03-01T00:00:00Z', 'to', /after from/],
    [
      '/reports/backlog?colour=red',
      'colour',
      /unknown parameter; backlog takes groupBy, team, agent, format/,
    ],
    ['/reports/backlog?team=a&team=b', 'team', /more than once/],
    ['/reports/backlog?format=pdf', 'format', /not json or csv/],
  ])('%s is a 400 naming %s', async (url, path, reason) => {
    expect(await getReport(api, url)).toMatchObject({
      status: 400,
      body: { code: 'InvalidInput', errors: [{ path, reason: expect.stringMatching(reason) }] },
    });
  });
});
