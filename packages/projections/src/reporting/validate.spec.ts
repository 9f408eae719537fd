import { backlogAging } from './backlog-aging';
import { InvalidReportQuery } from './errors';
import type { Queryable } from './queryable';
import { refundLedgerSummary } from './refund-ledger-summary';
import { serviceMetrics, type ServiceMetricsQuery } from './service-metrics';

/** A connection that records what it was asked and answers no rows. */
const recorder = () => {
  const calls: unknown[][] = [];
  const db: Queryable = { query: async (_text, values) => (calls.push(values ?? []), { rows: [] }) };
  return { db, calls };
};

const metrics: ServiceMetricsQuery = {
  groupBy: ['team'],
  period: 'week',
  from: '2024-03-01T00:00:00Z',
  to: '2024-04-01T00:00:00Z',
  now: '2024-04-01T00:00:00Z',
};

/** Runs `call` on a recorder and returns the error it rejected with; no query may have run. */
const refusal = async (call: (db: Queryable) => Promise<unknown>): Promise<InvalidReportQuery> => {
  const { db, calls } = recorder();
  const error: unknown = await call(db).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(calls).toEqual([]);
  expect(error).toBeInstanceOf(InvalidReportQuery);
  return error as InvalidReportQuery;
};

const fieldAndReason = (e: InvalidReportQuery) => ({ field: e.field, reason: e.reason, message: e.message });
const bad = (q: Record<string, unknown>) => q as unknown as ServiceMetricsQuery;

describe('report arguments', () => {
  it.each([
    [{ groupBy: ['customer'] }, 'groupBy[0]', 'expected one of team, agent'],
    [{ groupBy: ['team', 'team'] }, 'groupBy', 'team is listed twice'],
    [{ groupBy: 'team' }, 'groupBy', 'expected a list of team, agent'],
    [{ period: 'year' }, 'period', 'expected one of day, week, month'],
    [{ period: undefined }, 'period', 'is required'],
    [
      { from: '2024-02-30T00:00:00Z' },
      'from',
      'expected an ISO-8601 UTC instant such as 2024-03-01T00:00:00Z',
    ],
    [
      { to: '2024-04-01T00:00:00+01:00' },
      'to',
      'expected an ISO-8601 UTC instant such as 2024-03-01T00:00:00Z',
    ],
    [
      { to: '2024-03-01T00:00:00Z' },
      'to',
      'must be after from (2024-03-01T00:00:00Z): the range is [from, to)',
    ],
    [
      { to: '2024-02-01T00:00:00Z' },
      'to',
      'must be after from (2024-03-01T00:00:00Z): the range is [from, to)',
    ],
    [{ now: undefined }, 'now', 'is required'],
    [{ team: '' }, 'team', 'expected a non-empty string'],
    [{ agent: 7 }, 'agent', 'expected a non-empty string'],
  ])('serviceMetrics refuses %j: %s', async (change, field, reason) => {
    const e = await refusal((db) => serviceMetrics(db, bad({ ...metrics, ...change })));
    expect(fieldAndReason(e)).toEqual({ field, reason, message: `${field}: ${reason}` });
  });

  it.each([
    [{ groupBy: ['month'] }, 'groupBy[0]'],
    [{ now: 'yesterday' }, 'now'],
    [{ team: null, agent: '' }, 'agent'],
  ])('backlogAging refuses %j', async (change, field) => {
    const e = await refusal((db) =>
      backlogAging(db, { groupBy: [], now: '2024-04-01T00:00:00Z', ...change } as never),
    );
    expect(e.field).toBe(field);
  });

  it.each([
    [{ groupBy: ['team'] }, 'groupBy[0]', 'expected one of reason, currency, status, month'],
    [
      { status: 'pending' },
      'status',
      'expected one of requested, approved, rejected, issued, settled, failed',
    ],
    [{ currency: 'gbp' }, 'currency', 'expected an ISO 4217 currency code such as GBP'],
    [{ reason: 'whim' }, 'reason', 'expected a refund reason such as goodwill'],
    [{ from: undefined }, 'from', 'is required'],
  ])('refundLedgerSummary refuses %j', async (change, field, reason) => {
    const q = { from: '2024-03-01T00:00:00Z', to: '2024-04-01T00:00:00Z', groupBy: [], ...change };
    const e = await refusal((db) => refundLedgerSummary(db, q as never));
    expect([e.field, e.reason]).toEqual([field, reason]);
  });

  it('passes valid arguments to one query, in the documented parameter order', async () => {
    const { db, calls } = recorder();
    await serviceMetrics(db, { ...metrics, agent: 'ann' });
    await backlogAging(db, { groupBy: [], now: '2024-04-01T00:00:00.000Z' });
    await refundLedgerSummary(db, {
      from: metrics.from,
      to: metrics.to,
      groupBy: ['month'],
      reason: 'goodwill',
    });
    expect(calls).toEqual([
      [metrics.from, metrics.to, metrics.now, 'week', null, 'ann'],
      ['2024-04-01T00:00:00.000Z', null, null],
      [metrics.from, metrics.to, null, null, 'goodwill'],
    ]);
  });
});
