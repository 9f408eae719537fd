import { startTestApi, type TestApi } from '../testing';
import { act, eventually, file, getReport, testClock } from '../reports/testing/report-fixtures';

/*
 * Three complaints filed Monday 2024-03-04 09:00Z. FCA_DISP: final response due 2024-04-29T09:00Z,
 * summary resolution by 2024-03-07T17:00Z. CFPB: first response due 2024-03-19T09:00Z,
 * resolution 2024-05-03T09:00Z.
 */
const clock = testClock('2024-03-04T09:00:00Z');
let api: TestApi;
const at = (instant: string) => (clock.now = new Date(instant));

beforeAll(async () => {
  api = await startTestApi({ clock: clock.clock });
  await file(api, 'k-met');
  await file(api, 'k-late', { regime: 'CFPB' });
  await file(api, 'k-open');
  at('2024-03-05T10:00:00Z');
  await act(api, 'k-met', 'final-response', {
    outcome: 'upheld',
    referralRightsStated: true,
    message: 'Sorry',
  });
  at('2024-03-06T10:00:00Z');
  await act(api, 'k-met', 'resolve', { resolution: 'Refunded', summaryResolution: true });
  at('2024-03-25T10:00:00Z');
  await act(api, 'k-late', 'holding-response', { message: 'We need more time' });
}, 120_000);
afterAll(() => api.close());

const clocksOf = async (id: string, role: Parameters<TestApi['auth']>[0] = 'auditor') => {
  const res = await api.request({ method: 'GET', url: `/complaints/${id}/clocks`, headers: api.auth(role) });
  return { status: res.status, body: res.body as ClocksJson };
};
/** The answer's shape as far as these tests look into it. */
type ClocksJson = { clocks: Array<Record<string, unknown>> };
const milestone = (body: ClocksJson, m: string) => body.clocks.find((c) => c.milestone === m);

describe('GET /complaints/{id}/clocks', () => {
  it('shows met deadlines, with the policy version and calendar they were judged under', async () => {
    at('2024-04-01T00:00:00Z');
    const { status, body } = await clocksOf('k-met');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      complaintId: 'k-met',
      regime: 'FCA_DISP',
      judgedAt: '2024-04-01T00:00:00.000Z',
      policy: { id: 'FCA_DISP', version: 'FCA_DISP@1' },
      calendar: { timeZone: 'Europe/London', holidays: 0 },
    });
    expect(milestone(body, 'summary_resolution')).toMatchObject({
      status: 'met',
      metBy: 'ComplaintResolved',
    });
    expect(milestone(body, 'final_response')).toMatchObject({
      dueAt: '2024-04-29T09:00:00.000Z',
      metAt: '2024-03-05T10:00:00.000Z',
      status: 'met',
    });
  });

  it('judges open and breached at the API’s clock', async () => {
    at('2024-04-01T00:00:00Z');
    const late = (await clocksOf('k-late', 'agent')).body;
    expect(milestone(late, 'first_response')).toMatchObject({
      dueAt: '2024-03-19T09:00:00.000Z',
      status: 'breached',
    });
    expect(milestone(late, 'resolution')).toMatchObject({ status: 'open' });
    expect(milestone((await clocksOf('k-open')).body, 'final_response')?.status).toBe('open');
    at('2024-05-01T00:00:00Z');
    expect(milestone((await clocksOf('k-open', 'admin')).body, 'final_response')).toMatchObject({
      metAt: null,
      status: 'breached',
    });
  });

  it('answers 404 for an unknown complaint and 403 to an analyst', async () => {
    expect((await clocksOf('nobody')).status).toBe(404);
    expect((await clocksOf('k-met', 'analyst')).status).toBe(403);
  });
});

describe('GET /reports/clocks', () => {
  const url = '/reports/clocks?from=2024-03-01T00:00:00Z&to=2024-06-01T00:00:00Z';

  it('counts the milestones due in the period and lists the breaches', async () => {
    at('2024-05-01T00:00:00Z');
    // The model follows the log in order: once k-late's holding response (the last event) shows, all has.
    const res = await eventually(api, url, (r) => typeof r.body.breaches?.[0]?.metAt === 'string');
    expect(res.body.counts).toEqual([
      { milestone: 'first_response', due: 1, metOnTime: 0, breached: 1, open: 0 },
      { milestone: 'final_response', due: 2, metOnTime: 1, breached: 1, open: 0 },
      { milestone: 'resolution', due: 1, metOnTime: 0, breached: 0, open: 1 },
    ]);
    expect(res.body.breaches).toEqual([
      {
        complaintId: 'k-late',
        regime: 'CFPB',
        milestone: 'first_response',
        dueAt: '2024-03-19T09:00:00.000Z',
        metAt: '2024-03-25T10:00:00.000Z',
      },
      {
        complaintId: 'k-open',
        regime: 'FCA_DISP',
        milestone: 'final_response',
        dueAt: '2024-04-29T09:00:00.000Z',
        metAt: null,
      },
    ]);
  });

  it('filters by regime and milestone, and refuses a bad argument naming it', async () => {
    const cfpb = await getReport(api, `${url}&regime=CFPB&milestone=resolution`, 'auditor');
    expect(cfpb.body.counts).toEqual([
      { milestone: 'resolution', due: 1, metOnTime: 0, breached: 0, open: 1 },
    ]);
    const bad = await getReport(api, `${url}&milestone=acknowledgement`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { path: 'milestone', reason: 'expected one of first_response, final_response, resolution' },
    ]);
    expect((await getReport(api, url, 'agent')).status).toBe(403);
    const unknown = await getReport(api, `${url}&team=billing&limit=1&limit=2`);
    expect(unknown.body.errors).toEqual([
      { path: 'team', reason: 'unknown parameter; clocks takes from, to, regime, milestone, limit, cursor' },
      { path: 'limit', reason: 'given more than once' },
    ]);
    const missing = await getReport(api, '/reports/clocks?to=2024-06-01T00:00:00Z');
    expect(missing.body.errors).toEqual([{ path: 'from', reason: 'is required' }]);
  });
});

describe('the API document', () => {
  it('lists both clock routes', async () => {
    const doc = await api.request({ method: 'GET', url: '/openapi.json' });
    expect(Object.keys((doc.body as { paths: object }).paths)).toEqual(
      expect.arrayContaining(['/complaints/{id}/clocks', '/reports/clocks']),
    );
  });
});
