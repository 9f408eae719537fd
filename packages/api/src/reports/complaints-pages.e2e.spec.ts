import { startTestApi, type TestApi } from '../testing';
import { ALL, T0, seedComplaints } from './testing/complaint-seed';
import { getReport, ids, itemsOf, testClock, walk } from './testing/report-fixtures';

const clock = testClock(T0);
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ clock: clock.clock });
  await seedComplaints(api, clock);
}, 120_000);
afterAll(() => api.close());

const BY_TEAM = ['c-05', 'c-06', 'c-07', 'c-08', 'c-01', 'c-02', 'c-03', 'c-04'];
const NO_TEAM = ['c-09', 'c-10', 'c-11', 'c-12'];

describe('GET /reports/complaints sorting and pages', () => {
  it.each<[string, string[]]>([
    ['filedAt', ALL],
    ['-filedAt', [...ALL].reverse()],
    ['complaintId', ALL],
    ['-complaintId', [...ALL].reverse()],
    // Ties on the sort value fall back to the key, in the sort's direction; nulls come last.
    ['team', [...BY_TEAM, ...NO_TEAM]],
    ['-team', ['c-04', 'c-03', 'c-02', 'c-01', 'c-08', 'c-07', 'c-06', 'c-05', ...[...NO_TEAM].reverse()]],
    ['-resolvedAt', ['c-04', ...[...ALL].reverse().filter((id) => id !== 'c-04')]],
  ])('sort=%s orders rows, and every page size walks them exactly once', async (sort, expected) => {
    const one = await getReport(api, `/reports/complaints?sort=${sort}&limit=500`);
    expect(ids(itemsOf(one))).toEqual(expected);
    expect(one.body.nextCursor).toBeNull();
    for (const limit of [1, 2, 5]) {
      const { items, pages } = await walk(api, `/reports/complaints?sort=${sort}&limit=${limit}`);
      expect(ids(items)).toEqual(expected);
      expect(pages).toBe(Math.ceil(12 / limit));
    }
  });

  it('pages within filters', async () => {
    const { items } = await walk(
      api,
      '/reports/complaints?status=open&team=billing,logistics&sort=filedAt&limit=2',
    );
    expect(ids(items)).toEqual(['c-01', 'c-05', 'c-06', 'c-07', 'c-08']);
  });

  it('defaults to the newest filed first, 50 to a page', async () => {
    const res = await getReport(api, '/reports/complaints');
    expect(ids(itemsOf(res))).toEqual([...ALL].reverse());
    expect(Object.keys(res.body as object)).toEqual(['items', 'nextCursor']);
  });

  it('refuses a cursor with other filters or another sort', async () => {
    const first = await getReport(api, '/reports/complaints?status=open&limit=2');
    const cursor = first.body.nextCursor as string;
    expect((await getReport(api, `/reports/complaints?status=open&limit=5&cursor=${cursor}`)).status).toBe(
      200,
    );
    for (const query of [
      `status=closed&cursor=${cursor}`,
      `status=open&sort=filedAt&cursor=${cursor}`,
      `cursor=${cursor}`,
    ]) {
      const res = await getReport(api, `/reports/complaints?${query}`);
      expect(res).toMatchObject({
        status: 400,
        body: { code: 'InvalidInput', errors: [{ path: 'cursor' }] },
      });
    }
  });
});

describe('GET /reports/complaints as CSV', () => {
  const lines = (text: string) => text.split('\r\n').slice(0, -1);

  it('exports every matching row (not one page) with a header row, quoted and guarded', async () => {
    const res = await getReport(api, '/reports/complaints?format=csv&sort=complaintId&limit=1');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="complaints.csv"');
    const text = res.body as string;
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = lines(text);
    expect(header!.split(',').slice(0, 4)).toEqual(['complaintId', 'customerId', 'status', 'ownerId']);
    expect(rows.map((r) => r.split(',')[0])).toEqual(ALL);
    expect(rows[5]).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(rows[6]).toContain(`,"said ""no"", twice",`);
    expect(rows[4]).toMatch(new RegExp(`^c-05,cust-1,open,ana,billing,phone,billing,medium,FCA_DISP,${T0},`));
    expect(rows[4]).toContain(',1000,GBP,');
  });

  it('answers CSV to Accept: text/csv, with the filters applied', async () => {
    const res = await getReport(api, '/reports/complaints?status=on_hold,resolved', 'supervisor', {
      accept: 'text/csv',
    });
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(lines(res.body as string).map((r) => r.split(',')[0])).toEqual(['complaintId', 'c-04', 'c-03']);
  });

  it('still answers a bad query with a 400 problem', async () => {
    const res = await getReport(api, '/reports/complaints?format=csv&status=lost');
    expect(res).toMatchObject({ status: 400, body: { errors: [{ path: 'status' }] } });
  });
});
