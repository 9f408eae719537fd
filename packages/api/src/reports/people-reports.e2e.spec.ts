import { startTestApi, type TestApi } from '../testing';
import { T0, hoursAfterT0, seedPeople } from './testing/people-seed';
import { getReport, ids, itemsOf, testClock, walk } from './testing/report-fixtures';

const clock = testClock(T0);
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ clock: clock.clock });
  await seedPeople(api, clock);
}, 120_000);
afterAll(() => api.close());

const list = async (url: string, key: string) => {
  const res = await getReport(api, url);
  expect(res.status).toBe(200);
  return ids(itemsOf(res), key);
};

describe('GET /reports/customers', () => {
  it('answers the customer 360 with at-risk decided now', async () => {
    const res = await getReport(api, '/reports/customers/cust-a', 'auditor');
    expect(res.body).toMatchObject({
      customerId: 'cust-a',
      registeredAt: T0,
      contactsTotal: 2,
      contactsPhone: 1,
      contactsEmail: 1,
      contactsInPerson: 0,
      complaintsTotal: 2,
      complaintsOpen: 2,
      lastComplaintAt: hoursAfterT0(1).toISOString(),
      previousComplaintAt: T0,
      refundCount: 1,
      refundTotalMinor: '1000',
      atRisk: true,
    });
  });

  it.each<[string, string[]]>([
    ['atRisk=true', ['cust-a', 'cust-b']],
    ['atRisk=false', ['cust-c']],
    ['latestSatisfaction=bad,good&sort=-customerId', ['cust-c', 'cust-b']],
    ['minComplaintsTotal=2', ['cust-a']],
    ['maxContactsTotal=0', ['cust-c']],
    ['minRefundTotalMinor=50000', ['cust-b']],
    [`lastComplaintFrom=${hoursAfterT0(1).toISOString()}`, ['cust-a']],
    ['sort=-contactsTotal', ['cust-a', 'cust-b', 'cust-c']],
  ])('%s', async (query, expected) => {
    expect(await list(`/reports/customers?${query}`, 'customerId')).toEqual(expected);
  });

  it('exports CSV', async () => {
    const res = await getReport(api, '/reports/customers?format=csv&atRisk=true');
    expect(res.headers['content-disposition']).toBe('attachment; filename="customers.csv"');
    const [header, ...rows] = (res.body as string).split('\r\n').slice(0, -1);
    expect(header).toMatch(
      /^customerId,registeredAt,contactsTotal,contactsPhone,.*,atRisk,lastEventPosition$/,
    );
    expect(rows.map((r) => r.split(',')[0])).toEqual(['cust-a', 'cust-b']);
  });
});

describe('GET /reports/refunds', () => {
  it.each<[string, string[]]>([
    ['', ['r-2', 'r-1']],
    ['status=settled', ['r-1']],
    ['requiresSupervisorApproval=true', ['r-2']],
    ['minAmountMinor=50000', ['r-2']],
    ['maxAmountMinor=1000&customerId=cust-a', ['r-1']],
    ['kind=refund&reason=duplicate&currency=GBP&sort=refundId', ['r-1', 'r-2']],
    [`settledFrom=${T0}`, ['r-1']],
    ['sort=-amountMinor', ['r-2', 'r-1']],
  ])('%s', async (query, expected) => {
    expect(await list(`/reports/refunds?${query}`, 'refundId')).toEqual(expected);
  });

  it('answers each refund’s ledger line', async () => {
    const { items } = await walk(api, '/reports/refunds?sort=refundId&limit=1');
    expect(items).toMatchObject([
      { refundId: 'r-1', complaintId: 'k-a1', customerId: 'cust-a', amountMinor: '1000', status: 'settled' },
      { refundId: 'r-2', amountMinor: '60000', requiresSupervisorApproval: true, requestedBy: 'ana' },
    ]);
    expect(items[0]!.settledAt).toBe(hoursAfterT0(1).toISOString());
    expect(items[1]!.approvedAt).toBe(hoursAfterT0(1).toISOString());
  });
});

describe('GET /reports/interactions', () => {
  it.each<[string, string[]]>([
    ['', ['i-2', 'i-1', 'i-3']],
    ['status=ended', ['i-1']],
    ['direction=outbound', ['i-2']],
    ['channel=chat,phone&sort=interactionId', ['i-1', 'i-3']],
    ['minTalkSeconds=100', ['i-1']],
    ['agentId=bob', ['i-2']],
    [`startedTo=${hoursAfterT0(1).toISOString()}`, ['i-1']],
  ])('%s', async (query, expected) => {
    expect(await list(`/reports/interactions?${query}`, 'interactionId')).toEqual(expected);
  });

  it('answers handling times', async () => {
    const res = await getReport(api, '/reports/interactions?status=ended', 'supervisor');
    expect(res.body.items[0]).toMatchObject({
      talkSeconds: 300,
      holdSeconds: 20,
      wrapUpSeconds: 30,
      endedAt: T0,
    });
  });
});
