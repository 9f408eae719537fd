import { encodeCursor, filterHash } from '@casebook/projections';
import { startTestApi, type TestApi } from '../testing';
import { getReport } from './testing/report-fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('bad report queries', () => {
  const cursorFor = (sort: string) =>
    encodeCursor({ sort, filters: filterHash([]) }, { value: null, key: 'x' });

  it.each<[string, string, string, RegExp]>([
    [
      'an unknown filter',
      '/reports/complaints?colour=red',
      'colour',
      /^unknown filter; complaints filter on /,
    ],
    [
      'a bad instant',
      '/reports/complaints?filedFrom=yesterday',
      'filedFrom',
      /"yesterday" is not an instant/,
    ],
    [
      'a bad enum value',
      '/reports/refunds?status=lost',
      'status',
      /"lost" not allowed; expected one of requested, /,
    ],
    ['an unknown sort field', '/reports/customers?sort=-name', 'sort', /unknown sort field "name"/],
    ['a bad cursor', '/reports/interactions?cursor=abc', 'cursor', /not a cursor this API issued/],
    [
      'a cursor for another sort',
      `/reports/interactions?cursor=${cursorFor('endedAt')}`,
      'cursor',
      /sort=endedAt/,
    ],
    ['limit 0', '/reports/complaints?limit=0', 'limit', /from 1 to 500/],
    ['limit 501', '/reports/complaints?limit=501', 'limit', /from 1 to 500/],
    ['a bad flag', '/reports/customers?atRisk=maybe', 'atRisk', /true or false/],
    ['a bad bound', '/reports/refunds?minAmountMinor=1e3', 'minAmountMinor', /not an integer/],
    ['a bad format', '/reports/complaints?format=xlsx', 'format', /not json or csv/],
  ])('%s is a 400 problem naming the parameter', async (_, url, path, reason) => {
    const res = await getReport(api, url);
    expect(res).toMatchObject({
      status: 400,
      body: { code: 'InvalidInput', errors: [{ path, reason: expect.stringMatching(reason) }] },
    });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('is a 404 problem for an unknown customer', async () => {
    expect(await getReport(api, '/reports/customers/nobody')).toMatchObject({
      status: 404,
      body: { code: 'NotFound', detail: 'no customer nobody' },
    });
  });

  it('is for analysts, auditors, supervisors and admins only', async () => {
    for (const role of ['agent', 'service'] as const)
      expect(await getReport(api, '/reports/complaints', role)).toMatchObject({
        status: 403,
        body: { code: 'Forbidden' },
      });
    for (const role of ['analyst', 'auditor', 'supervisor', 'admin'] as const)
      expect((await getReport(api, '/reports/complaints', role)).status).toBe(200);
    expect((await api.request({ method: 'GET', url: '/reports/complaints' })).status).toBe(401);
  });
});

describe('reports without PostgreSQL', () => {
  it('answer 503: an in-memory store has no read models', async () => {
    const memory = await startTestApi({ pool: undefined });
    try {
      for (const url of ['/reports/complaints', '/reports/complaints/x', '/reports/refunds?format=csv'])
        expect(await getReport(memory, url)).toMatchObject({
          status: 503,
          body: { code: 'ReportsUnavailable', detail: expect.stringMatching(/^reports need PostgreSQL/) },
        });
    } finally {
      await memory.close();
    }
  });
});
