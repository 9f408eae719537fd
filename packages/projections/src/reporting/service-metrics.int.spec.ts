import { serviceMetrics, type ServiceMetricsQuery } from './service-metrics';
import {
  assigned,
  contact,
  escalated,
  filed,
  finalResponse,
  holdingResponse,
  linkedToComplaint,
  openReportBed,
  rated,
  reopened,
  resolved,
  transferred,
  type ReportBed,
} from './testing/scenario';

/*
 * The worked example of docs/reporting.md: team billing in March 2024 (regime NONE, so no SLA
 * milestones). Time metrics, attribution and period anchoring; rates and SLA have files of
 * their own.
 */
let bed: ReportBed;
beforeAll(async () => {
  bed = await openReportBed();
  await bed.append('complaint-c1', [
    filed('c1', '2024-03-04T09:00:00Z'),
    assigned('c1', 'billing', 'ann', '2024-03-04T09:00:00Z'),
    holdingResponse('c1', '2024-03-04T13:00:00Z'),
    finalResponse('c1', '2024-03-06T09:00:00Z'),
    resolved('c1', '2024-03-06T09:00:00Z'),
    rated('c1', 'good', '2024-03-07T10:00:00Z'),
  ]);
  await bed.append('complaint-c2', [
    filed('c2', '2024-03-05T10:00:00Z'),
    assigned('c2', 'billing', 'bob', '2024-03-05T10:00:00Z'),
    finalResponse('c2', '2024-03-05T12:00:00Z'),
    resolved('c2', '2024-03-09T10:00:00Z'),
    reopened('c2', '2024-03-12T10:00:00Z'),
    resolved('c2', '2024-03-14T10:00:00Z'),
    rated('c2', 'bad', '2024-03-15T10:00:00Z'),
  ]);
  await bed.append('complaint-c3', [
    filed('c3', '2024-03-20T09:00:00Z'),
    assigned('c3', 'billing', 'ann', '2024-03-20T09:00:00Z'),
    holdingResponse('c3', '2024-03-21T09:00:00Z'),
    escalated('c3', 'e-c3'),
  ]);
  await bed.append('complaint-c4', [
    filed('c4', '2024-03-25T09:00:00Z'),
    assigned('c4', 'collections', 'cat', '2024-03-25T09:00:00Z'),
    transferred('c4', 'collections', 'billing', '2024-03-26T09:00:00Z'),
  ]);
  const i1 = { agentId: 'ann', at: '2024-03-04T09:00:00Z', endedAt: '2024-03-04T09:20:00Z' } as const;
  await bed.append(
    'interaction-i1',
    contact('i1', { ...i1, direction: 'inbound', complaintId: 'c1', seconds: [600, 60, 120] }),
  );
  const i2 = { agentId: 'bob', at: '2024-03-05T11:00:00Z', complaintId: 'c2' } as const;
  await bed.append('interaction-i2', contact('i2', { ...i2, direction: 'outbound', seconds: [300, 0, 60] }));
  // dan's contacts: one never linked to a complaint, one linked after it ended, one still going.
  const dan = { agentId: 'dan', direction: 'inbound', complaintId: null } as const;
  await bed.append(
    'interaction-i3',
    contact('i3', { ...dan, at: '2024-03-08T10:00:00Z', seconds: [100, 0, 20] }),
  );
  await bed.append('interaction-i4', [
    ...contact('i4', { ...dan, at: '2024-03-08T11:00:00Z', seconds: [200, 30, 10] }),
    linkedToComplaint('i4', 'c3'),
  ]);
  await bed.append('interaction-i5', contact('i5', { ...dan, at: '2024-03-08T12:00:00Z' }));
  await bed.settle();
});
afterAll(() => bed.close());

const march: ServiceMetricsQuery = {
  groupBy: [],
  period: 'month',
  from: '2024-03-01T00:00:00Z',
  to: '2024-04-01T00:00:00Z',
  now: '2024-04-01T00:00:00Z',
  team: 'billing',
};
const noRate = { numerator: 0, denominator: 0, rate: null };

describe('serviceMetrics: the worked example (team billing, March 2024)', () => {
  it('gives every metric of the month exactly', async () => {
    expect(await serviceMetrics(bed.pool, march)).toEqual([
      {
        periodStart: '2024-03-01T00:00:00.000Z',
        // c1 4 h, c2 2 h, c3 24 h; c4 not answered yet.
        firstReplyTime: { count: 3, meanSeconds: 36_000, medianSeconds: 14_400 },
        // c1 2 days, c2 4 days to its first resolution (its second, after the reopen, does not count).
        resolutionTime: { count: 2, meanSeconds: 259_200, medianSeconds: 259_200 },
        // c1: one inbound contact, never reopened; c2 reopened.
        firstContactResolution: { numerator: 1, denominator: 2, rate: 0.5 },
        // i1 600+60+120, i2 300+0+60, i4 200+30+10 (linked to billing's c3 after it ended); i3 has no team.
        handleTime: { count: 3, meanSeconds: 460, medianSeconds: 360 },
        reopenRate: { numerator: 1, denominator: 2, rate: 0.5 },
        escalationRate: { numerator: 1, denominator: 4, rate: 0.25 },
        transfersPerComplaint: { complaints: 4, transfers: 1, mean: 0.25 },
        slaAttainment: { firstResponse: noRate, finalResponse: noRate, resolution: noRate, overall: noRate },
        satisfaction: { numerator: 1, denominator: 2, rate: 0.5 },
      },
    ]);
  });

  it('attributes complaints to their current owner, contacts to their own agent; no population is null', async () => {
    const rows = await serviceMetrics(bed.pool, { ...march, groupBy: ['agent'] });
    expect(
      rows.map((r) => [r.agent, r.firstReplyTime, r.handleTime.count, r.transfersPerComplaint.mean]),
    ).toEqual([
      ['ann', { count: 2, meanSeconds: 50_400, medianSeconds: 50_400 }, 1, 0],
      ['bob', { count: 1, meanSeconds: 7_200, medianSeconds: 7_200 }, 1, 0],
      // cat owns c4 still: a transfer keeps the owner.
      ['cat', { count: 0, meanSeconds: null, medianSeconds: null }, 0, 1],
      ['dan', { count: 0, meanSeconds: null, medianSeconds: null }, 1, null],
    ]);
    expect(rows[2]).toMatchObject({ satisfaction: noRate, resolutionTime: { count: 0, meanSeconds: null } });
  });

  it('counts a transferred complaint under its current team only', async () => {
    const byTeam = { ...march, groupBy: ['team'] as const, team: undefined, agent: 'cat' };
    expect(
      (await serviceMetrics(bed.pool, byTeam)).map((r) => [r.team, r.escalationRate.denominator]),
    ).toEqual([['billing', 1]]);
    expect(await serviceMetrics(bed.pool, { ...march, team: 'collections' })).toEqual([]);
  });

  it('counts a contact with no linked complaint under team null', async () => {
    const rows = await serviceMetrics(bed.pool, {
      ...march,
      groupBy: ['team'],
      team: undefined,
      agent: 'dan',
    });
    expect(rows.map((r) => [r.team, r.handleTime])).toEqual([
      ['billing', { count: 1, meanSeconds: 240, medianSeconds: 240 }],
      [null, { count: 1, meanSeconds: 120, medianSeconds: 120 }],
    ]);
  });

  it('places each fact in the period of its own anchor instant (ISO weeks, Monday first)', async () => {
    const rows = await serviceMetrics(bed.pool, { ...march, period: 'week' });
    expect(rows.map((r) => r.periodStart.slice(0, 10))).toEqual([
      '2024-03-04',
      '2024-03-11',
      '2024-03-18',
      '2024-03-25',
    ]);
    const [first, second, third] = rows;
    // c2's first resolution (Sat 9 March) and its reopen count in the first week; its rating in the second.
    expect(first).toMatchObject({
      resolutionTime: { count: 2 },
      reopenRate: { numerator: 1, denominator: 2 },
    });
    expect(second).toMatchObject({
      satisfaction: { numerator: 0, denominator: 1, rate: 0 },
      firstReplyTime: { count: 0 },
    });
    expect(third).toMatchObject({
      firstReplyTime: { count: 1, meanSeconds: 86_400 },
      escalationRate: { rate: 1 },
    });
  });

  it('takes the range half-open: from included, to excluded', async () => {
    const day = { ...march, period: 'day' as const };
    const after = await serviceMetrics(bed.pool, {
      ...day,
      from: '2024-03-04T13:00:00Z',
      to: '2024-03-05T00:00:00Z',
    });
    expect(after.map((r) => [r.periodStart, r.firstReplyTime.count, r.escalationRate.denominator])).toEqual([
      ['2024-03-04T00:00:00.000Z', 1, 0],
    ]);
    const before = await serviceMetrics(bed.pool, {
      ...day,
      from: '2024-03-04T00:00:00Z',
      to: '2024-03-04T13:00:00Z',
    });
    expect(
      before.map((r) => [r.firstReplyTime.count, r.escalationRate.denominator, r.handleTime.count]),
    ).toEqual([[0, 1, 1]]);
  });

  it('cuts periods in UTC whatever the session time zone', async () => {
    // At UTC+14, c1's first reply (4 March 13:00 UTC) would fall on 5 March local time.
    const client = await bed.pool.connect();
    try {
      await client.query("SET TIME ZONE 'Pacific/Kiritimati'");
      const rows = await serviceMetrics(client, { ...march, period: 'day', to: '2024-03-05T00:00:00Z' });
      expect(rows.map((r) => [r.periodStart, r.firstReplyTime.count])).toEqual([
        ['2024-03-04T00:00:00.000Z', 1],
      ]);
    } finally {
      await client.query('RESET TIME ZONE');
      client.release();
    }
  });

  it('returns no rows for a range with no facts', async () => {
    expect(
      await serviceMetrics(bed.pool, { ...march, from: '2023-01-01T00:00:00Z', to: '2024-01-01T00:00:00Z' }),
    ).toEqual([]);
  });
});
