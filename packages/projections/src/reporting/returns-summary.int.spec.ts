import { returnStory, type Story } from '../returns/returns.fixtures';
import { returnsSummary, type ReturnsSummaryQuery } from './returns-summary';
import { openReportBed, type ReportBed } from './testing/scenario';

/**
 * The worked example of docs/reporting.md, "Returns": four returns requested in March 2024 and
 * one in April (outside the range).
 */
const kettle = { sku: 'KET-1', category: 'kitchen', unitMinor: 4000 };
const toaster = { sku: 'TOA-1', category: 'kitchen', unitMinor: 2500 };
const hdmi = { sku: 'HDM-1', category: 'electronics', unitMinor: 12_000 };
const STORIES: Story[] = [
  {
    returnId: 'ret-a',
    reason: 'defective',
    requestedAt: '2024-03-04T09:00:00Z',
    carrier: 'DPD',
    lines: [{ ...kettle, quantity: 2, outcome: 'defective_confirmed', disposition: 'send_to_vendor' }],
    days: [1, 6, 8],
    refundMinor: 8000,
  },
  {
    returnId: 'ret-b',
    reason: 'changed_mind',
    requestedAt: '2024-03-10T09:00:00Z',
    carrier: 'Evri',
    lines: [{ ...toaster, quantity: 1, outcome: 'as_described', disposition: 'restock' }],
    days: [0, 5, 7],
    refundMinor: 2250,
  },
  {
    returnId: 'ret-c',
    reason: 'damaged_in_transit',
    requestedAt: '2024-03-15T09:00:00Z',
    carrier: 'DPD',
    lines: [
      { ...kettle, quantity: 1, outcome: 'damaged_in_transit', disposition: 'scrap' },
      { ...hdmi, quantity: 1, outcome: 'damaged_in_transit', disposition: 'refurbish' },
    ],
    days: [1, 4, 10],
    refundMinor: 16_000,
  },
  {
    returnId: 'ret-d',
    reason: 'defective',
    requestedAt: '2024-03-20T09:00:00Z',
    carrier: 'Evri',
    lines: [{ ...hdmi, quantity: 1, outcome: 'customer_damage', disposition: 'return_to_customer' }],
    days: [2, 7, 9],
  },
  {
    returnId: 'ret-e',
    reason: 'defective',
    requestedAt: '2024-04-02T09:00:00Z',
    carrier: 'DPD',
    lines: [{ ...kettle, quantity: 1, outcome: 'defective_confirmed', disposition: 'scrap' }],
    days: [1, 2, 3],
    refundMinor: 4000,
  },
];

let bed: ReportBed;
beforeAll(async () => {
  bed = await openReportBed();
  for (const s of STORIES) await bed.append(`return-${s.returnId}`, returnStory(s));
  await bed.settle();
});
afterAll(() => bed.close());

const march: ReturnsSummaryQuery = { from: '2024-03-01T00:00:00Z', to: '2024-04-01T00:00:00Z', groupBy: [] };
const counts = (rows: object[], ...fields: string[]) =>
  rows.map((r) => Object.fromEntries(fields.map((f) => [f, (r as Record<string, unknown>)[f]])));

describe('returnsSummary: the worked example', () => {
  it('sums March, one row per currency, each return once', async () => {
    expect(await returnsSummary(bed.pool, march)).toEqual([
      {
        currency: 'GBP',
        returns: 4,
        lines: 5,
        quantity: 6,
        valueMinor: '38500',
        inspectedQuantity: 6,
        inspectedValueMinor: '38500',
        refunded: 3,
        meanDaysToRefund: 8.33,
      },
    ]);
  });

  it('returns by SKU: units and value asked back, and the time to refund', async () => {
    const rows = await returnsSummary(bed.pool, { ...march, groupBy: ['sku'] });
    expect(counts(rows, 'sku', 'returns', 'quantity', 'valueMinor', 'refunded', 'meanDaysToRefund')).toEqual([
      { sku: 'HDM-1', returns: 2, quantity: 2, valueMinor: '24000', refunded: 1, meanDaysToRefund: 10 },
      { sku: 'KET-1', returns: 2, quantity: 3, valueMinor: '12000', refunded: 2, meanDaysToRefund: 9 },
      { sku: 'TOA-1', returns: 1, quantity: 1, valueMinor: '2500', refunded: 1, meanDaysToRefund: 7 },
    ]);
  });

  it('outcomes by reason: how often "defective" was confirmed', async () => {
    const rows = await returnsSummary(bed.pool, { ...march, groupBy: ['reason', 'outcome'] });
    expect(counts(rows, 'reason', 'outcome', 'returns', 'quantity')).toEqual([
      { reason: 'changed_mind', outcome: 'as_described', returns: 1, quantity: 1 },
      { reason: 'damaged_in_transit', outcome: 'damaged_in_transit', returns: 1, quantity: 2 },
      { reason: 'defective', outcome: 'customer_damage', returns: 1, quantity: 1 },
      { reason: 'defective', outcome: 'defective_confirmed', returns: 1, quantity: 2 },
    ]);
  });

  it('transit damage by carrier', async () => {
    const rows = await returnsSummary(bed.pool, {
      ...march,
      groupBy: ['carrier'],
      outcome: 'damaged_in_transit',
    });
    expect(counts(rows, 'carrier', 'returns', 'quantity', 'inspectedValueMinor')).toEqual([
      { carrier: 'DPD', returns: 1, quantity: 2, inspectedValueMinor: '16000' },
    ]);
  });

  it('restock against scrap: the value inspected per disposition', async () => {
    const rows = await returnsSummary(bed.pool, { ...march, groupBy: ['disposition'] });
    expect(counts(rows, 'disposition', 'inspectedValueMinor')).toEqual([
      { disposition: 'refurbish', inspectedValueMinor: '12000' },
      { disposition: 'restock', inspectedValueMinor: '2500' },
      { disposition: 'return_to_customer', inspectedValueMinor: '12000' },
      { disposition: 'scrap', inspectedValueMinor: '4000' },
      { disposition: 'send_to_vendor', inspectedValueMinor: '8000' },
    ]);
  });

  it('keeps April out of March, and refuses a bad argument', async () => {
    const april = await returnsSummary(bed.pool, {
      ...march,
      from: '2024-04-01T00:00:00Z',
      to: '2024-05-01T00:00:00Z',
    });
    expect(counts(april, 'returns', 'quantity')).toEqual([{ returns: 1, quantity: 1 }]);
    await expect(returnsSummary(bed.pool, { ...march, groupBy: ['colour' as never] })).rejects.toMatchObject({
      field: 'groupBy[0]',
    });
    await expect(returnsSummary(bed.pool, { ...march, outcome: 'broken' })).rejects.toMatchObject({
      field: 'outcome',
    });
  });
});
