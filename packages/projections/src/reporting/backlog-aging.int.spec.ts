import { backlogAging } from './backlog-aging';
import {
  assigned,
  closed,
  filed,
  informationRequested,
  openReportBed,
  putOnHold,
  reopened,
  resolved,
  type ReportBed,
} from './testing/scenario';

/** Ages are measured at NOW; team "aging"; every complaint owned by x but b10 (y). */
const NOW = '2024-06-30T12:00:00Z';
const SECOND = 1000;
const DAY = 86_400 * SECOND;
const ago = (ms: number) => new Date(Date.parse(NOW) - ms).toISOString();

let bed: ReportBed;
const seed = async (
  id: string,
  age: number,
  more: (at: string) => Parameters<ReportBed['append']>[1] = () => [],
) => {
  const at = ago(age);
  await bed.append(`complaint-${id}`, [
    filed(id, at),
    assigned(id, 'aging', id === 'b10' ? 'y' : 'x', at),
    ...more(at),
  ]);
};

beforeAll(async () => {
  bed = await openReportBed();
  await seed('b1', 0); // filed at now: under 1 day
  await seed('b2', DAY - SECOND);
  await seed('b3', DAY); // exactly 1 day: the 1-3 day bucket (lower bounds included)
  await seed('b4', 3 * DAY);
  await seed('b5', 7 * DAY - SECOND);
  await seed('b6', 7 * DAY);
  await seed('b7', 14 * DAY);
  await seed('b8', 28 * DAY - SECOND);
  await seed('b9', 28 * DAY);
  await seed('b10', 400 * DAY);
  await seed('b11', -3_600 * SECOND); // filed after now: not in the backlog yet
  await seed('b12', 2 * DAY, (at) => [resolved('b12', at)]); // resolved: not backlog
  await seed('b13', 2 * DAY, (at) => [resolved('b13', at), closed('b13', at)]); // closed: not backlog
  await seed('b14', 2 * DAY, (at) => [informationRequested('b14', at)]); // awaiting the customer: backlog
  await seed('b15', 5 * DAY, (at) => [putOnHold('b15', at)]); // on hold: backlog
  await seed('b16', 10 * DAY, (at) => [resolved('b16', at), reopened('b16', at)]); // reopened: backlog again
  await bed.settle();
});
afterAll(() => bed.close());

describe('backlogAging', () => {
  it('buckets the complaints neither resolved nor closed by age since filing, lower bounds included', async () => {
    expect(await backlogAging(bed.pool, { groupBy: [], now: NOW, team: 'aging' })).toEqual([
      {
        total: 13,
        buckets: { under1d: 2, from1to3d: 2, from3to7d: 3, from7to14d: 2, from14to28d: 2, over28d: 2 },
      },
    ]);
  });

  it('groups by the current owner', async () => {
    const rows = await backlogAging(bed.pool, { groupBy: ['agent'], now: NOW, team: 'aging' });
    expect(rows.map((r) => [r.agent, r.total, r.buckets.over28d])).toEqual([
      ['x', 12, 1],
      ['y', 1, 1],
    ]);
  });

  it('moves a complaint to the next bucket as now passes its bound', async () => {
    const oneSecondLater = new Date(Date.parse(NOW) + SECOND).toISOString();
    const [row] = await backlogAging(bed.pool, { groupBy: [], now: oneSecondLater, team: 'aging' });
    // b2 turns 1 day old, b5 7 days, b8 28 days.
    expect(row?.buckets).toEqual({
      under1d: 1,
      from1to3d: 3,
      from3to7d: 2,
      from7to14d: 3,
      from14to28d: 1,
      over28d: 3,
    });
  });

  it('answers zeros, not no row, when there is no backlog', async () => {
    expect(await backlogAging(bed.pool, { groupBy: [], now: NOW, team: 'nobody' })).toEqual([
      {
        total: 0,
        buckets: { under1d: 0, from1to3d: 0, from3to7d: 0, from7to14d: 0, from14to28d: 0, over28d: 0 },
      },
    ]);
    expect(await backlogAging(bed.pool, { groupBy: ['team'], now: NOW, team: 'nobody' })).toEqual([]);
  });
});
