import { serviceMetrics, type ServiceMetricsQuery } from './service-metrics';
import {
  assigned,
  filed,
  finalResponse,
  holdingResponse,
  openReportBed,
  reopened,
  resolved,
  type ReportBed,
} from './testing/scenario';

/*
 * SLA attainment, team "sla". CFPB complaints filed 2024-03-01T09:00Z have a first response due
 * 2024-03-16T09:00Z and a resolution due 2024-04-30T09:00Z; an FCA_DISP complaint filed then has
 * its final response due 2024-04-26T09:00Z (the complaints model computes them; its tests pin them).
 */
let bed: ReportBed;
const seed = async (
  id: string,
  regime: string,
  filedAt: string,
  events: Parameters<ReportBed['append']>[1],
) =>
  bed.append(`complaint-${id}`, [filed(id, filedAt, regime), assigned(id, 'sla', 'ann', filedAt), ...events]);
const MARCH_1 = '2024-03-01T09:00:00Z';

beforeAll(async () => {
  bed = await openReportBed();
  // s1: both milestones met on time.
  await seed('s1', 'CFPB', MARCH_1, [
    holdingResponse('s1', '2024-03-05T09:00:00Z'),
    resolved('s1', '2024-04-10T09:00:00Z'),
  ]);
  // s2: both met late: each counts as a breach at its due instant, not when it was met.
  await seed('s2', 'CFPB', MARCH_1, [
    holdingResponse('s2', '2024-03-20T09:00:00Z'),
    resolved('s2', '2024-05-05T09:00:00Z'),
  ]);
  // s3: never answered; resolved on time, then reopened, so the resolution is unmet again.
  await seed('s3', 'CFPB', MARCH_1, [
    resolved('s3', '2024-04-20T09:00:00Z'),
    reopened('s3', '2024-04-25T09:00:00Z'),
  ]);
  // s4: filed 20 April, nothing done: first response due 2024-05-05T09:00Z.
  await seed('s4', 'CFPB', '2024-04-20T09:00:00Z', []);
  // s5: FCA final response exactly at its due instant: on time.
  await seed('s5', 'FCA_DISP', MARCH_1, [finalResponse('s5', '2024-04-26T09:00:00Z')]);
  // s6: no regime, no targets: never counted.
  await seed('s6', 'NONE', MARCH_1, [
    finalResponse('s6', '2024-03-02T09:00:00Z'),
    resolved('s6', '2024-03-02T09:00:00Z'),
  ]);
  await bed.settle();
});
afterAll(() => bed.close());

const q: ServiceMetricsQuery = {
  groupBy: [],
  period: 'month',
  from: '2024-03-01T00:00:00Z',
  to: '2024-06-01T00:00:00Z',
  now: '2024-05-15T00:00:00Z',
  team: 'sla',
};
const none = { numerator: 0, denominator: 0, rate: null };

const slaByMonth = async (now: string) =>
  (await serviceMetrics(bed.pool, { ...q, now })).map((r) => [r.periodStart.slice(0, 7), r.slaAttainment]);

describe('serviceMetrics: SLA attainment', () => {
  it('counts met on time where met, breaches at their due instant, pooled per milestone and overall', async () => {
    expect(await slaByMonth('2024-05-15T00:00:00Z')).toEqual([
      // s1 met; s2 met late and s3 unmet both breached on 16 March.
      [
        '2024-03',
        {
          firstResponse: { numerator: 1, denominator: 3, rate: 1 / 3 },
          finalResponse: none,
          resolution: none,
          overall: { numerator: 1, denominator: 3, rate: 1 / 3 },
        },
      ],
      // s1 resolved on time; s2 (resolved 5 May) and s3 (reopened) breached on 30 April; s5 final on the dot.
      [
        '2024-04',
        {
          firstResponse: none,
          finalResponse: { numerator: 1, denominator: 1, rate: 1 },
          resolution: { numerator: 1, denominator: 3, rate: 1 / 3 },
          overall: { numerator: 2, denominator: 4, rate: 0.5 },
        },
      ],
      // s4's first response, overdue at now. (s2's late resolution makes no SLA fact in May.)
      [
        '2024-05',
        {
          firstResponse: { numerator: 0, denominator: 1, rate: 0 },
          finalResponse: none,
          resolution: none,
          overall: { numerator: 0, denominator: 1, rate: 0 },
        },
      ],
    ]);
  });

  it('leaves out a milestone not met and not yet due at now', async () => {
    // Before 5 May, s4's first response is pending: May has s2's resolution facts but no SLA outcome.
    const rows = await slaByMonth('2024-05-05T09:00:00Z');
    expect(rows[2]).toEqual([
      '2024-05',
      { firstResponse: none, finalResponse: none, resolution: none, overall: none },
    ]);
  });

  it('counts an unmet milestone as breached only once now is past its due instant', async () => {
    // At exactly 30 April 09:00 the resolutions of s2 and s3 are due but not breached; a second
    // later both are. s2 is met later (in May), but seen at a `now` before that it was still
    // unmet: breach is judged as things stood at `now`. (s1 is met on time.)
    const atDue = await slaByMonth('2024-04-30T09:00:00Z');
    const justAfter = await slaByMonth('2024-04-30T09:00:01Z');
    expect(atDue[1]?.[1]).toMatchObject({ resolution: { numerator: 1, denominator: 1 } });
    expect(justAfter[1]?.[1]).toMatchObject({ resolution: { numerator: 1, denominator: 3 } });
  });
});
