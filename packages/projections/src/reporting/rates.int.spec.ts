import { serviceMetrics, type ServiceMetricsQuery } from './service-metrics';
import {
  assigned,
  contact,
  escalated,
  filed,
  openReportBed,
  rated,
  reopened,
  resolved,
  transferred,
  type ReportBed,
} from './testing/scenario';

/*
 * The rates: first contact resolution, reopen, escalation, transfers per complaint and CSAT.
 * Team "rates", April 2024; r6 was filed and first resolved in March.
 */
let bed: ReportBed;
const seed = async (id: string, events: Parameters<ReportBed['append']>[1]) =>
  bed.append(`complaint-${id}`, events);
const opened = (id: string, day: string) => [
  filed(id, `2024-04-${day}T09:00:00Z`),
  assigned(id, 'rates', 'ann', `2024-04-${day}T09:00:00Z`),
];
const inbound = (id: string, complaintId: string) =>
  contact(id, {
    direction: 'inbound',
    agentId: 'ann',
    at: '2024-04-05T10:00:00Z',
    complaintId,
    seconds: [60, 0, 0],
  });
const outbound = (id: string, complaintId: string) =>
  contact(id, {
    direction: 'outbound',
    agentId: 'ann',
    at: '2024-04-05T11:00:00Z',
    complaintId,
    seconds: [60, 0, 0],
  });

beforeAll(async () => {
  bed = await openReportBed();
  // r1: resolved with no contact at all, escalated twice, rated good.
  await seed('r1', [...opened('r1', '01'), escalated('r1', 'e-1'), escalated('r1', 'e-2')]);
  await seed('r1', [resolved('r1', '2024-04-10T09:00:00Z'), rated('r1', 'good', '2024-04-11T09:00:00Z')]);
  // r2: one inbound contact and two outbound ones, escalated, rated good.
  await seed('r2', [...opened('r2', '02'), escalated('r2', 'e-3'), resolved('r2', '2024-04-12T09:00:00Z')]);
  await seed('r2', [rated('r2', 'good', '2024-04-13T09:00:00Z')]);
  await bed.append('interaction-r2-in', inbound('r2-in', 'r2'));
  await bed.append('interaction-r2-out1', outbound('r2-out1', 'r2'));
  await bed.append('interaction-r2-out2', outbound('r2-out2', 'r2'));
  // r3: the customer got in touch twice; transferred away and back; rated bad.
  await seed('r3', [...opened('r3', '03'), transferred('r3', 'rates', 'legal', '2024-04-04T09:00:00Z')]);
  await seed('r3', [
    transferred('r3', 'legal', 'rates', '2024-04-05T09:00:00Z'),
    resolved('r3', '2024-04-15T09:00:00Z'),
  ]);
  await seed('r3', [rated('r3', 'bad', '2024-04-16T09:00:00Z')]);
  await bed.append('interaction-r3-a', inbound('r3-a', 'r3'));
  await bed.append('interaction-r3-b', inbound('r3-b', 'r3'));
  // r4: filed with intake, transferred to rates, resolved, reopened, resolved again; unrated.
  await seed('r4', [
    filed('r4', '2024-04-04T09:00:00Z'),
    assigned('r4', 'intake', 'ann', '2024-04-04T09:00:00Z'),
  ]);
  await seed('r4', [
    transferred('r4', 'intake', 'rates', '2024-04-04T10:00:00Z'),
    resolved('r4', '2024-04-18T09:00:00Z'),
  ]);
  await seed('r4', [reopened('r4', '2024-04-19T09:00:00Z'), resolved('r4', '2024-04-20T09:00:00Z')]);
  // r5: still open.
  await seed('r5', opened('r5', '05'));
  // r6: filed and first resolved in March, reopened and rated in April.
  await seed('r6', [
    filed('r6', '2024-03-28T09:00:00Z'),
    assigned('r6', 'rates', 'ann', '2024-03-28T09:00:00Z'),
  ]);
  await seed('r6', [resolved('r6', '2024-03-30T09:00:00Z'), reopened('r6', '2024-04-02T09:00:00Z')]);
  await seed('r6', [resolved('r6', '2024-04-03T09:00:00Z'), rated('r6', 'bad', '2024-04-03T12:00:00Z')]);
  await bed.settle();
});
afterAll(() => bed.close());

const q: ServiceMetricsQuery = {
  groupBy: [],
  period: 'month',
  from: '2024-03-01T00:00:00Z',
  to: '2024-05-01T00:00:00Z',
  now: '2024-05-01T00:00:00Z',
  team: 'rates',
};

const monthOf = async (month: string) => {
  const row = (await serviceMetrics(bed.pool, q)).find((r) => r.periodStart.startsWith(month));
  if (row === undefined) throw new Error(`no row for ${month}`);
  return row;
};

describe('serviceMetrics: rates', () => {
  it('first contact resolution: at most one inbound contact and never reopened, of complaints first resolved', async () => {
    // r1 (no contact) and r2 (one inbound, outbound ones ignored) yes; r3 (two inbound) and r4 (reopened) no.
    expect((await monthOf('2024-04')).firstContactResolution).toEqual({
      numerator: 2,
      denominator: 4,
      rate: 0.5,
    });
  });

  it('reopen rate: reopened at least once, of complaints first resolved in the period', async () => {
    expect((await monthOf('2024-04')).reopenRate).toEqual({ numerator: 1, denominator: 4, rate: 0.25 });
    // r6 reopened in April, but belongs to March, where it was first resolved.
    expect((await monthOf('2024-03')).reopenRate).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    expect((await monthOf('2024-03')).firstContactResolution).toEqual({
      numerator: 0,
      denominator: 1,
      rate: 0,
    });
  });

  it('escalation rate: complaints escalated at least once, of complaints filed; two escalations count once', async () => {
    expect((await monthOf('2024-04')).escalationRate).toEqual({ numerator: 2, denominator: 5, rate: 0.4 });
  });

  it('transfers per complaint: all transfers of the complaints filed, over their number', async () => {
    expect((await monthOf('2024-04')).transfersPerComplaint).toEqual({
      complaints: 5,
      transfers: 3,
      mean: 0.6,
    });
    expect((await monthOf('2024-03')).transfersPerComplaint).toEqual({
      complaints: 1,
      transfers: 0,
      mean: 0,
    });
  });

  it('CSAT: good over rated, in the period of the rating; unrated complaints left out', async () => {
    // r1, r2 good; r3 bad; r6 bad (rated in April though filed in March); r4, r5 unrated.
    expect((await monthOf('2024-04')).satisfaction).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
    expect((await monthOf('2024-03')).satisfaction).toEqual({ numerator: 0, denominator: 0, rate: null });
  });
});
