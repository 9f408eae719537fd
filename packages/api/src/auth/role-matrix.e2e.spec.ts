import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ROLES, type Role } from './jwt';
import { REPORT_CONTROLLERS } from '../reports';
import { COMMAND_ROUTES } from '../resources';
import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** The matrix of docs/api.md, written out: admins may do everything, services act only for an agent. */
const WORK: Role[] = ['agent', 'supervisor', 'admin'];
const SUPERVISE: Role[] = ['supervisor', 'admin'];
const READ: Role[] = [...ROLES];
const PII: Role[] = ['agent', 'supervisor', 'auditor', 'service', 'admin'];
const REPORTS: Role[] = ['analyst', 'auditor', 'supervisor', 'admin'];
const MATRIX: ReadonlyArray<readonly [string, string, Role[]]> = [
  ['POST', '/customers', WORK],
  ...['contact-details', 'payment-method', 'verify-identity', 'confirm-transaction'].map(
    (a) => ['POST', `/customers/x/${a}`, WORK] as const,
  ),
  ['GET', '/customers/x', PII],
  ['POST', '/interactions', WORK],
  ...['queue', 'accept', 'hold', 'resume', 'link-complaint', 'end'].map(
    (a) => ['POST', `/interactions/x/${a}`, WORK] as const,
  ),
  ['GET', '/interactions/x', READ],
  ['POST', '/complaints', WORK],
  ...[
    'acknowledge',
    'assign',
    'transfer',
    'request-information',
    'customer-reply',
    'hold',
    'resume',
    'request-product-test',
    'product-test-result',
    'insurance-coverage',
    'claim-adjustment-review',
    'notify-customer',
    'holding-response',
    'final-response',
    'root-cause',
    'resolve',
    'reopen',
    'close',
    'satisfaction',
    'escalations',
  ].map((a) => ['POST', `/complaints/x/${a}`, WORK] as const),
  ['GET', '/complaints/x', READ],
  ['POST', '/refunds', WORK],
  ['POST', '/refunds/x/approve', SUPERVISE],
  ['POST', '/refunds/x/reject', SUPERVISE],
  ...['issue', 'settle', 'fail'].map((a) => ['POST', `/refunds/x/${a}`, WORK] as const),
  ['GET', '/refunds/x', READ],
  ...['acknowledge', 'raise-level', 'de-escalate', 'close'].map(
    (a) => ['POST', `/escalations/x/${a}`, SUPERVISE] as const,
  ),
  ['GET', '/escalations/x', READ],
  ...[
    'complaints',
    'complaints/x',
    'customers',
    'customers/x',
    'refunds',
    'interactions',
    'refunds/summary',
    'metrics',
    'backlog',
  ].map((r) => ['GET', `/reports/${r}`, REPORTS] as const),
];

/** The report routes the controller declares, with `:id` written as `x` like the matrix. */
const reportRoutes = (): string[] =>
  REPORT_CONTROLLERS.flatMap((controller) => {
    const proto = controller.prototype as Record<string, object>;
    return Object.getOwnPropertyNames(proto)
      .filter((name) => Reflect.getMetadata(METHOD_METADATA, proto[name]!) !== undefined)
      .map(
        (name) =>
          `/reports/${(Reflect.getMetadata(PATH_METADATA, proto[name]!) as string).replace(':id', 'x')}`,
      );
  });

describe('the role matrix', () => {
  it('covers every command route', () => {
    const routes = COMMAND_ROUTES.map((r) =>
      r.action ? `/${r.resource}/x/${r.action}` : `/${r.resource}`,
    ).sort();
    expect(
      MATRIX.filter(([m]) => m === 'POST')
        .map(([, p]) => p)
        .sort(),
    ).toEqual(routes);
  });

  it('covers every report route', () => {
    const rows = MATRIX.filter(([, p]) => p.startsWith('/reports/')).map(([, p]) => p);
    expect(rows.sort()).toEqual(reportRoutes().sort());
  });

  const cells = MATRIX.flatMap(([method, url, allowed]) =>
    ROLES.map((role) => [method, url, role, allowed.includes(role)] as const),
  );
  it.each(cells)('%s %s as %s: allowed %s', async (method, url, role, allowed) => {
    const res = await api.request({
      method: method as 'GET' | 'POST',
      url,
      body: method === 'POST' ? {} : undefined,
      headers: api.auth(role),
    });
    if (allowed) expect(res.status).not.toBe(403);
    else expect(res).toMatchObject({ status: 403, body: { code: 'Forbidden' } });
  });
});

describe('a service acting for an agent', () => {
  it('may do what the agent may, and the event records both', async () => {
    const headers = { ...api.auth('service', 'crm'), 'x-on-behalf-of': 'ana' };
    const filed = await post(api, '/complaints', filing(), headers);
    expect(filed.status).toBe(201);
    const row = await api.db.pool.query<{ metadata: { actor: unknown } }>(
      'SELECT metadata FROM events WHERE stream_id = $1',
      [`complaint-${filed.body.id as string}`],
    );
    expect(row.rows[0]!.metadata.actor).toEqual({
      kind: 'service',
      id: 'crm',
      onBehalfOf: { kind: 'agent', id: 'ana' },
    });
    expect((await post(api, `/refunds/x/approve`, {}, headers)).status).toBe(403);
  });

  it('may not name an agent unless it is a service', async () => {
    const res = await post(api, '/complaints', filing(), {
      ...api.auth('agent', 'ana'),
      'x-on-behalf-of': 'bob',
    });
    expect(res).toMatchObject({ status: 403, body: { code: 'Forbidden' } });
  });
});
