import { clocksReport, type ClocksReportQuery } from './clocks-report';
import { InvalidReportQuery } from './errors';
import {
  filed,
  finalResponse,
  holdingResponse,
  openReportBed,
  resolved,
  type ReportBed,
} from './testing/scenario';

/*
 * CFPB complaints filed 2024-03-01T09:00Z: first response due 2024-03-16T09:00Z, resolution
 * 2024-04-30T09:00Z; FCA_DISP filed then: final response due 2024-04-26T09:00Z.
 */
let bed: ReportBed;
const MARCH_1 = '2024-03-01T09:00:00Z';

beforeAll(async () => {
  bed = await openReportBed();
  const seed = (id: string, regime: string, at: string, events: Parameters<ReportBed['append']>[1] = []) =>
    bed.append(`complaint-${id}`, [filed(id, at, regime), ...events]);
  // k1: both CFPB targets met on time.
  await seed('k1', 'CFPB', MARCH_1, [
    holdingResponse('k1', '2024-03-05T09:00:00Z'),
    resolved('k1', '2024-04-10T09:00:00Z'),
  ]);
  // k2: answered late, never resolved.
  await seed('k2', 'CFPB', MARCH_1, [holdingResponse('k2', '2024-03-20T09:00:00Z')]);
  // k3: filed 20 April, nothing done: first response due 2024-05-05T09:00Z, resolution in June.
  await seed('k3', 'CFPB', '2024-04-20T09:00:00Z');
  // k4: FCA final response exactly at its due instant: on time.
  await seed('k4', 'FCA_DISP', MARCH_1, [finalResponse('k4', '2024-04-26T09:00:00Z')]);
  // k5: no regime, no clocks.
  await seed('k5', 'NONE', MARCH_1);
  await bed.settle();
});
afterAll(() => bed.close());

const q: ClocksReportQuery = {
  from: '2024-03-01T00:00:00Z',
  to: '2024-06-01T00:00:00Z',
  now: '2024-05-01T00:00:00Z',
};

describe('clocksReport', () => {
  it('counts the milestones due in the range by outcome at now, and lists the breaches by due instant', async () => {
    const r = await clocksReport(bed.pool, q);
    expect(r.counts).toEqual([
      { milestone: 'first_response', due: 3, metOnTime: 1, breached: 1, open: 1 },
      { milestone: 'final_response', due: 1, metOnTime: 1, breached: 0, open: 0 },
      { milestone: 'resolution', due: 2, metOnTime: 1, breached: 1, open: 0 },
    ]);
    expect(r.breaches).toEqual([
      {
        complaintId: 'k2',
        regime: 'CFPB',
        milestone: 'first_response',
        dueAt: '2024-03-16T09:00:00.000Z',
        metAt: '2024-03-20T09:00:00.000Z',
      },
      {
        complaintId: 'k2',
        regime: 'CFPB',
        milestone: 'resolution',
        dueAt: '2024-04-30T09:00:00.000Z',
        metAt: null,
      },
    ]);
    expect(r.nextCursor).toBeNull();
  });

  it('judges as things stood at now: a response met after now was still unmet then', async () => {
    const r = await clocksReport(bed.pool, {
      ...q,
      now: '2024-03-18T00:00:00Z',
      milestone: 'first_response',
    });
    expect(r.counts).toEqual([{ milestone: 'first_response', due: 3, metOnTime: 1, breached: 1, open: 1 }]);
    expect(r.breaches).toEqual([expect.objectContaining({ complaintId: 'k2', metAt: null })]);
  });

  it('filters by regime and pages the breaches with a cursor', async () => {
    const fca = await clocksReport(bed.pool, { ...q, regime: 'FCA_DISP' });
    expect(fca.counts.map((c) => c.due)).toEqual([0, 1, 0]);
    const first = await clocksReport(bed.pool, { ...q, limit: '1' });
    expect(first.breaches.map((b) => b.milestone)).toEqual(['first_response']);
    const second = await clocksReport(bed.pool, { ...q, limit: 1, cursor: first.nextCursor ?? '' });
    expect(second.breaches.map((b) => b.milestone)).toEqual(['resolution']);
    expect(second.nextCursor).toBeNull();
    const elsewhere = clocksReport(bed.pool, { ...q, regime: 'CFPB', cursor: first.nextCursor ?? '' });
    await expect(elsewhere).rejects.toMatchObject({
      field: 'cursor',
      reason: expect.stringMatching(/other filters/),
    });
  });

  it('refuses bad arguments, naming the field', async () => {
    const refused = (extra: Partial<ClocksReportQuery>) =>
      clocksReport(bed.pool, { ...q, ...extra }).then(
        () => null,
        (e: InvalidReportQuery) => `${e.field}: ${e.reason}`,
      );
    expect(await refused({ milestone: 'acknowledgement' })).toBe(
      'milestone: expected one of first_response, final_response, resolution',
    );
    expect(await refused({ regime: 'ECB' })).toBe('regime: expected one of FCA_DISP, CFPB, NONE');
    expect(await refused({ cursor: 'nonsense' })).toBe('cursor: not a cursor this API issued');
    expect(await refused({ limit: 0 })).toBe('limit: expected an integer from 1 to 1000');
  });
});
