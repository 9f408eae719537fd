import type { RefundStatus } from '@casebook/domain';
import { refundLedgerSummary, type RefundLedgerSummaryQuery } from './refund-ledger-summary';
import { openReportBed, refund, refundTo, type ReportBed } from './testing/scenario';

let bed: ReportBed;
const seed = async (
  id: string,
  minor: number,
  currency: string,
  reason: string,
  at: string,
  status: RefundStatus,
) => bed.append(`refund-${id}`, [refund(id, { minor, currency }, reason, at), ...refundTo(id, status, at)]);

beforeAll(async () => {
  bed = await openReportBed();
  await seed('f1', 1500, 'GBP', 'goodwill', '2024-03-02T09:00:00Z', 'settled');
  await seed('f2', 2500, 'GBP', 'goodwill', '2024-03-15T09:00:00Z', 'requested');
  await seed('f3', 4000, 'GBP', 'lost_item', '2024-03-31T23:59:59Z', 'rejected');
  await seed('f4', 1000, 'GBP', 'lost_item', '2024-04-01T00:00:00Z', 'failed');
  await seed('f5', 3000, 'USD', 'goodwill', '2024-03-10T09:00:00Z', 'approved');
  await seed('f6', 700, 'EUR', 'goodwill', '2024-04-20T09:00:00Z', 'settled');
  await seed('f7', 100, 'GBP', 'goodwill', '2024-05-01T00:00:00Z', 'settled'); // at `to`: out
  await seed('f8', 100, 'GBP', 'goodwill', '2024-02-29T23:59:59Z', 'settled'); // before `from`: out
  await bed.settle();
});
afterAll(() => bed.close());

const q: RefundLedgerSummaryQuery = { from: '2024-03-01T00:00:00Z', to: '2024-05-01T00:00:00Z', groupBy: [] };

describe('refundLedgerSummary', () => {
  it('never adds currencies together: ungrouped still means one row per currency', async () => {
    expect(await refundLedgerSummary(bed.pool, q)).toEqual([
      { currency: 'EUR', refunds: 1, amountMinor: '700' },
      { currency: 'GBP', refunds: 4, amountMinor: '9000' },
      { currency: 'USD', refunds: 1, amountMinor: '3000' },
    ]);
  });

  it('groups by reason within currency', async () => {
    expect(await refundLedgerSummary(bed.pool, { ...q, groupBy: ['reason'] })).toEqual([
      { currency: 'EUR', reason: 'goodwill', refunds: 1, amountMinor: '700' },
      { currency: 'GBP', reason: 'goodwill', refunds: 2, amountMinor: '4000' },
      { currency: 'GBP', reason: 'lost_item', refunds: 2, amountMinor: '5000' },
      { currency: 'USD', reason: 'goodwill', refunds: 1, amountMinor: '3000' },
    ]);
  });

  it('puts a refund in the UTC month it was requested, with its current status', async () => {
    const rows = await refundLedgerSummary(bed.pool, { ...q, groupBy: ['status', 'month'], currency: 'GBP' });
    expect(rows).toEqual([
      { month: '2024-03', currency: 'GBP', status: 'rejected', refunds: 1, amountMinor: '4000' },
      { month: '2024-03', currency: 'GBP', status: 'requested', refunds: 1, amountMinor: '2500' },
      { month: '2024-03', currency: 'GBP', status: 'settled', refunds: 1, amountMinor: '1500' },
      { month: '2024-04', currency: 'GBP', status: 'failed', refunds: 1, amountMinor: '1000' },
    ]);
  });

  it('takes the month in UTC whatever the session time zone', async () => {
    // At UTC+14, f3 (31 March 23:59:59 UTC) would be an April refund.
    const client = await bed.pool.connect();
    try {
      await client.query("SET TIME ZONE 'Pacific/Kiritimati'");
      const rows = await refundLedgerSummary(client, { ...q, groupBy: ['month'], reason: 'lost_item' });
      expect(rows.map((r) => [r.month, r.amountMinor])).toEqual([
        ['2024-03', '4000'],
        ['2024-04', '1000'],
      ]);
    } finally {
      await client.query('RESET TIME ZONE');
      client.release();
    }
  });

  it('filters by status and reason', async () => {
    expect(await refundLedgerSummary(bed.pool, { ...q, status: 'settled' })).toEqual([
      { currency: 'EUR', refunds: 1, amountMinor: '700' },
      { currency: 'GBP', refunds: 1, amountMinor: '1500' },
    ]);
    expect(await refundLedgerSummary(bed.pool, { ...q, reason: 'lost_item', groupBy: ['month'] })).toEqual([
      { month: '2024-03', currency: 'GBP', refunds: 1, amountMinor: '4000' },
      { month: '2024-04', currency: 'GBP', refunds: 1, amountMinor: '1000' },
    ]);
  });

  it('sums beyond 2^53 exactly', async () => {
    const big = 2 ** 52; // two of them make 2^53; one more minor unit is past exact doubles
    await seed('g1', big, 'JPY', 'goodwill', '2024-03-05T09:00:00Z', 'requested');
    await seed('g2', big + 1, 'JPY', 'goodwill', '2024-03-06T09:00:00Z', 'requested');
    await bed.settle();
    expect(await refundLedgerSummary(bed.pool, { ...q, currency: 'JPY' })).toEqual([
      { currency: 'JPY', refunds: 2, amountMinor: '9007199254740993' },
    ]);
  });

  it('returns no rows for a range with no refunds', async () => {
    expect(
      await refundLedgerSummary(bed.pool, { ...q, from: '2023-01-01T00:00:00Z', to: '2023-02-01T00:00:00Z' }),
    ).toEqual([]);
  });
});
