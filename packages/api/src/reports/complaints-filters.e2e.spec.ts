import { startTestApi, type TestApi } from '../testing';
import { ALL, T0, hoursAfterT0, seedComplaints } from './testing/complaint-seed';
import { getReport, ids, itemsOf, testClock } from './testing/report-fixtures';

const clock = testClock(T0);
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ clock: clock.clock });
  await seedComplaints(api, clock);
}, 120_000);
afterAll(() => api.close());

/** The complaint ids a query returns, in key order. */
const matching = async (query: string): Promise<string[]> => {
  const res = await getReport(api, `/reports/complaints?sort=complaintId&limit=500&${query}`);
  expect(res.status).toBe(200);
  return ids(itemsOf(res));
};

const T1 = hoursAfterT0(1).toISOString();
const T48 = hoursAfterT0(48).toISOString();

describe('GET /reports/complaints filters', () => {
  it.each<[string, string[]]>([
    ['status=open', ['c-01', 'c-05', 'c-06', 'c-07', 'c-08', 'c-09', 'c-10', 'c-11', 'c-12']],
    ['status=awaiting_customer,on_hold', ['c-02', 'c-03']],
    ['status=resolved&status=on_hold', ['c-03', 'c-04']],
    ['team=logistics', ['c-01', 'c-02', 'c-03', 'c-04']],
    ['team=logistics,billing&ownerId=bob', ['c-03', 'c-04']],
    ['channel=chat', ['c-03', 'c-06', 'c-09', 'c-12']],
    ['priority=urgent', ['c-01']],
    ['regime=CFPB', ['c-07', 'c-08']],
    ['customerId=cust-2', ['c-10', 'c-11']],
    ['complaintId=c-02,c-11', ['c-02', 'c-11']],
    ['category=%3DHYPERLINK(%22http%3A%2F%2Fevil%22)', ['c-06']],
    // A comma always separates values: free text holding one cannot be matched.
    ['category=said%20%22no%22%2C%20twice', []],
    [`filedFrom=${T1}`, ['c-07', 'c-08', 'c-09', 'c-10', 'c-11', 'c-12']],
    [`filedTo=${T1}`, ['c-01', 'c-02', 'c-03', 'c-04', 'c-05', 'c-06']],
    [`filedFrom=${T1}&filedTo=${T48}`, ['c-07', 'c-08', 'c-09']],
    [
      'filedFrom=2024-03-04T10:00:00%2B01:00&filedTo=2024-03-04T09:00:00.001Z',
      ['c-01', 'c-02', 'c-03', 'c-04', 'c-05', 'c-06'],
    ],
    [`resolvedFrom=${T48}`, ['c-04']],
    ['finalResponseFrom=2024-01-01T00:00:00Z', ['c-04']],
    ['minEscalationLevel=2', ['c-01']],
    ['maxRefundCount=0&team=billing', ['c-06', 'c-07', 'c-08']],
    ['minRefundTotalMinor=1000&refundCurrency=GBP', ['c-05']],
  ])('%s', async (query, expected) => {
    expect(await matching(query)).toEqual(expected);
  });

  it('filters on free text exactly, commas being separators', async () => {
    expect(await matching('category=billing')).toEqual(ALL.filter((id) => !['c-06', 'c-07'].includes(id)));
  });

  it('judges SLA breaches at the request’s instant, and filters on them', async () => {
    clock.now = new Date(T0);
    expect(await matching('breached=true')).toEqual([]);
    expect(await matching('breached=false')).toEqual(ALL);
    clock.now = hoursAfterT0(24 * 20); // CFPB first responses (15 days) are late, FCA (56 days) not yet
    expect(await matching('firstResponseBreached=true')).toEqual(['c-07', 'c-08']);
    expect(await matching('breached=true')).toEqual(['c-07', 'c-08']);
    expect(await matching('finalResponseBreached=true')).toEqual([]);
    clock.now = hoursAfterT0(24 * 100);
    const fcaUnanswered = ['c-01', 'c-02', 'c-03', 'c-05', 'c-06', 'c-09', 'c-10', 'c-11'];
    expect(await matching('finalResponseBreached=true')).toEqual(fcaUnanswered);
    expect(await matching('resolutionBreached=true')).toEqual(['c-07', 'c-08']);
    expect(await matching('breached=false')).toEqual(['c-04', 'c-12']);
    const row = await getReport(api, '/reports/complaints/c-07');
    expect(row.body).toMatchObject({ firstResponseBreached: true, resolutionBreached: true, breached: true });
  });
});

describe('GET /reports/complaints/{id}', () => {
  it('answers one row, bigints as strings and instants as ISO-8601 UTC', async () => {
    const res = await getReport(api, '/reports/complaints/c-05', 'auditor');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      complaintId: 'c-05',
      customerId: 'cust-1',
      status: 'open',
      team: 'billing',
      filedAt: T0,
      refundCount: 1,
      refundTotalMinor: '1000',
      refundCurrency: 'GBP',
      lastEventPosition: expect.stringMatching(/^\d+$/),
      finalResponseDueAt: expect.stringMatching(/^2024-04-29T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
  });

  it('is a 404 problem when there is no such complaint', async () => {
    const res = await getReport(api, '/reports/complaints/nope', 'supervisor');
    expect(res).toMatchObject({ status: 404, body: { code: 'NotFound', detail: 'no complaint nope' } });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
