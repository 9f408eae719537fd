import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { CommandRoute } from '../commands/command-route';
import { HISTORY_ROUTES } from '../audit/history-routes';
import { REPORT_CONTROLLERS } from '../reports';
import { COMMAND_ROUTES } from '../resources';
import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';
import { ROLES, type Role } from './jwt';
import { ARRANGE, projectUntil, readFixture, type Arranged } from './role-matrix.fixtures';

let api: TestApi;
/** The id of one of each resource, for the reads (and the report rows of two of them). */
let ids: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi({ projections: { run: false } });
  ids = await readFixture(api);
  await projectUntil(api, [`/reports/complaints/${ids.complaints!}`, `/reports/customers/${ids.customers!}`]);
});
afterAll(() => api.close());

/** The matrix of docs/api.md, written out: admins may do everything, services act only for an agent. */
const WORK: Role[] = ['agent', 'supervisor', 'admin'];
const SUPERVISE: Role[] = ['supervisor', 'admin'];
/** Erasing personal data, and holding it for litigation: administrators only. */
const ADMIN: Role[] = ['admin'];
const READ: Role[] = [...ROLES];
const PII: Role[] = ['agent', 'supervisor', 'auditor', 'service', 'admin'];
const REPORTS: Role[] = ['analyst', 'auditor', 'supervisor', 'admin'];
/** Histories are the audit trail; a customer's is personal data too, so the same three. */
const HISTORY: Role[] = ['auditor', 'supervisor', 'admin'];
const CLOCKS: Role[] = ['agent', 'supervisor', 'auditor', 'admin'];
/** Receiving, inspecting and disposing of returned items: the warehouse's own work. */
const WAREHOUSE: Role[] = ['warehouse', 'admin'];
const MATRIX: ReadonlyArray<readonly [string, string, Role[]]> = [
  ['POST', '/customers', WORK],
  ...['contact-details', 'payment-method', 'verify-identity', 'confirm-transaction'].map(
    (a) => ['POST', `/customers/x/${a}`, WORK] as const,
  ),
  ...['erasure', 'legal-hold', 'release-legal-hold'].map(
    (a) => ['POST', `/customers/x/${a}`, ADMIN] as const,
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
  ['GET', '/complaints/x/clocks', CLOCKS],
  ['GET', '/complaints/x/notifications', CLOCKS],
  // POST /outbox/{id}/retry (admin only) is not a command route: notifications.e2e.spec.ts checks its roles.
  ['GET', '/outbox/dead-letters', ADMIN],
  ['POST', '/refunds', WORK],
  ['POST', '/refunds/x/approve', SUPERVISE],
  ['POST', '/refunds/x/reject', SUPERVISE],
  ...['issue', 'settle', 'fail'].map((a) => ['POST', `/refunds/x/${a}`, WORK] as const),
  ['GET', '/refunds/x', READ],
  ['POST', '/returns', WORK],
  ...['authorise', 'refuse', 'ship', 'open-claim', 'resolve', 'cancel'].map(
    (a) => ['POST', `/returns/x/${a}`, WORK] as const,
  ),
  ...['receive', 'inspect', 'dispose'].map((a) => ['POST', `/returns/x/${a}`, WAREHOUSE] as const),
  ['GET', '/returns/x', READ],
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
    'returns',
    'returns/summary',
    'metrics',
    'backlog',
    'clocks',
  ].map((r) => ['GET', `/reports/${r}`, REPORTS] as const),
  ...['customers', 'interactions', 'complaints', 'refunds', 'returns', 'escalations'].map(
    (r) => ['GET', `/${r}/x/history`, HISTORY] as const,
  ),
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
    const routes = COMMAND_ROUTES.map(pathOf).sort();
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

  it('covers every history route', () => {
    const rows = MATRIX.filter(([, p]) => p.endsWith('/history')).map(([, p]) => p);
    expect(rows.sort()).toEqual(HISTORY_ROUTES.map((r) => `/${r.resource}/x/history`).sort());
  });

  it('has a request that succeeds for every command route', () => {
    expect(COMMAND_ROUTES.filter((r) => ARRANGE[r.type] === undefined).map((r) => r.type)).toEqual([]);
  });

  // Per row, the denied roles first: see `command`.
  const cells = MATRIX.flatMap(([method, url, allowed]) => [
    ...ROLES.filter((r) => !allowed.includes(r)).map((r) => [method, url, r, 'denied'] as const),
    ...ROLES.filter((r) => allowed.includes(r)).map((r) => [method, url, r, 'allowed'] as const),
  ]);
  it.each(cells)('%s %s as %s: %s', async (method, url, role, verdict) => {
    const forbidden = { status: 403, body: { code: 'Forbidden' } };
    if (method === 'GET') {
      const res = await api.request({ ...read(url), headers: api.auth(role) });
      return expect(res).toMatchObject(verdict === 'denied' ? forbidden : { status: 200 });
    }
    const request = await command(url, verdict);
    const head = await headPosition();
    const res = await api.request({ ...request, headers: api.auth(role) });
    if (verdict === 'denied') {
      expect(res).toMatchObject(forbidden);
      expect(await headPosition()).toBe(head);
    } else {
      const status = routeOf(url).creates === undefined ? 200 : 201;
      expect(res).toMatchObject({ status, body: { id: expect.any(String) } });
      expect(await headPosition()).toBeGreaterThan(head); // it did something
    }
  });
});

/** A command route's path as the matrix writes it: `/<resource>` or `/<resource>/x/<action>`. */
function pathOf(r: CommandRoute): string {
  return r.action ? `/${r.resource}/x/${r.action}` : `/${r.resource}`;
}

const routeOf = (url: string): CommandRoute => {
  const route = COMMAND_ROUTES.find((r) => pathOf(r) === url);
  if (route === undefined) throw new Error(`no command route ${url}`);
  return route;
};

/** The parameters a report needs: without them the answer is a 400. */
const RANGE = 'from=2024-03-01T00:00:00Z&to=2024-04-01T00:00:00Z';
const QUERIES: Readonly<Record<string, string>> = {
  '/reports/metrics': `?${RANGE}&period=month`,
  '/reports/refunds/summary': `?${RANGE}`,
  '/reports/returns/summary': `?${RANGE}`,
  '/reports/clocks': `?${RANGE}`,
};

/** The row's read; `/<resource>/x` (and `/<resource>/x/<view>`: history, clocks) reads the shared one of that resource. */
const read = (url: string) => {
  const resource = /\/([a-z]+)\/x(\/[a-z]+)?$/.exec(url)?.[1];
  const path = resource === undefined ? url : url.replace(/\/x(\/[a-z]+)?$/, `/${ids[resource]!}$1`);
  return { method: 'GET' as const, url: `${path}${QUERIES[url] ?? ''}` };
};

/**
 * The row's command, on state made for it. The denied cells of a row share one state, which
 * they must leave as it was: the row's first allowed cell then runs on it. Every other allowed
 * cell gets state of its own.
 */
const untouched = new Map<string, Promise<Arranged>>();
async function command(url: string, verdict: 'allowed' | 'denied') {
  const arranged = untouched.get(url) ?? ARRANGE[routeOf(url).type]!(api);
  if (verdict === 'denied') untouched.set(url, arranged);
  else untouched.delete(url);
  const { id, body } = await arranged;
  return { method: 'POST' as const, url: url.replace('/x/', `/${encodeURIComponent(id ?? 'x')}/`), body };
}

/** Through the store, so the matrix holds on either backend (the e2e-esdb project reruns it). */
const headPosition = (): Promise<bigint> => api.rawStore.headPosition();

describe('a service acting for an agent', () => {
  it('may do what the agent may, and the event records both', async () => {
    const headers = { ...api.auth('service', 'crm'), 'x-on-behalf-of': 'ana' };
    const filed = await post(api, '/complaints', filing(), headers);
    expect(filed.status).toBe(201);
    const read = await api.rawStore.readStream(`complaint-${filed.body.id as string}`);
    expect(read.events[0]!.metadata.actor).toEqual({
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
