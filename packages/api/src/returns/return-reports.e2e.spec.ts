import { eventually, getReport, itemsOf } from '../reports/testing/report-fixtures';
import { startTestApi, type TestApi } from '../testing';
import { post } from '../testing/fixtures';
import { inspection, receivedReturn } from './return.fixtures';

let api: TestApi;
let id: string;
beforeAll(async () => {
  api = await startTestApi(); // the read models run in the app
  const { url } = await receivedReturn(api);
  id = url.split('/')[2]!;
  const warehouse = api.auth('warehouse', 'wes');
  await post(api, `${url}/inspect`, inspection('defective_confirmed', 'defective_confirmed'), warehouse);
  await post(
    api,
    `${url}/dispose`,
    {
      lines: [
        { sku: 'KET-1', disposition: 'restock' },
        { sku: 'TOA-1', disposition: 'scrap' },
      ],
    },
    warehouse,
  );
  const refund = {
    refundId: `rf-${id}`,
    amount: { minor: 10_000, currency: 'GBP' },
    paymentReference: 'pay-1',
  };
  await post(api, `${url}/resolve`, { resolution: 'refund', refund }, api.auth('agent', 'ana'));
});
afterAll(() => api.close());

describe('returns in the reports', () => {
  it('lists the return with its status, timings, refund and lines', async () => {
    const res = await eventually(
      api,
      `/reports/returns?returnId=${id}`,
      (r) => itemsOf(r)[0]?.status === 'closed',
    );
    const [row] = itemsOf(res);
    expect(row).toMatchObject({
      returnId: id,
      customerId: 'cust-1',
      reason: 'defective',
      channel: 'web',
      carrier: 'DPD',
      quantity: 3,
      valueMinor: '10500',
      daysToAuthorisation: 0,
      resolution: 'refund',
      refundId: `rf-${id}`,
      refundMinor: '10000',
      refundableMinor: '10500',
    });
    const lines = JSON.parse(row!.lines as string) as Array<Record<string, unknown>>;
    expect(lines.map((l) => [l.sku, l.outcome, l.disposition])).toEqual([
      ['KET-1', 'defective_confirmed', 'restock'],
      ['TOA-1', 'defective_confirmed', 'scrap'],
    ]);
  });

  it('counts it in customer_360 and in the summary, as JSON and as CSV', async () => {
    await eventually(
      api,
      '/reports/customers/cust-1',
      (r) => (r.body as { returnCount: number }).returnCount === 1,
    );
    const range = `from=${new Date(Date.now() - 86_400_000).toISOString()}&to=${new Date(Date.now() + 86_400_000).toISOString()}`;
    const summary = await getReport(api, `/reports/returns/summary?${range}&groupBy=disposition`);
    expect(itemsOf(summary).map((r) => [r.disposition, r.inspectedValueMinor])).toEqual([
      ['restock', '8000'],
      ['scrap', '2500'],
    ]);
    const csv = await getReport(api, `/reports/returns/summary?${range}&format=csv`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(String(csv.body).split('\r\n')[0]).toBe(
      'currency,returns,lines,quantity,valueMinor,inspectedQuantity,inspectedValueMinor,refunded,meanDaysToRefund',
    );
  });

  it('refuses a bad summary argument with a 400 naming it, and keeps the reports from casework roles', async () => {
    const bad = await getReport(
      api,
      '/reports/returns/summary?from=2024-03-01T00:00:00Z&to=2024-04-01T00:00:00Z&groupBy=colour',
    );
    expect(bad).toMatchObject({
      status: 400,
      body: { code: 'InvalidInput', errors: [{ path: 'groupBy[0]' }] },
    });
    expect(await getReport(api, '/reports/returns', 'warehouse')).toMatchObject({ status: 403 });
  });
});
