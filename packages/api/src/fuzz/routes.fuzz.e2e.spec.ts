import * as fc from 'fast-check';
import { ROLES, signToken } from '../auth/jwt';
import { filing } from '../testing/fixtures';
import { startTestApi, TEST_SECRET, type TestApi } from '../testing';
import { operationsOf, type Operation } from './operations';
import { requestsFor, type FuzzRequest } from './requests';
import type { IdPool } from './values';

/**
 * Every operation of the served API document, fuzzed: values from each field's schema and
 * hostile mutations of them (values.ts), under valid tokens of each role and invalid ones. The
 * properties: no 5xx; every 4xx is problem+json without a stack trace; hostile text in a declared
 * field never gets a 2xx; no request that failed wrote an event; the service is ready afterwards.
 *
 * Seeded: FUZZ_SEED=<n> replays a run (the seed is printed when a property fails), FUZZ_RUNS=<n>
 * sets how many requests (default 3000, about 30 s on two cores).
 */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

/** What gives a stack away: frames (`at f (/x.ts:1:2)`), source paths, Node internals. */
const STACK = /\n\s+at |\bat [\w.<>]+ \(|\.(ts|js):\d+:\d+|node:internal|node_modules/;

/** How often each status came back: printed with FUZZ_STATS=1, to see the run reaches past 4xx. */
const statuses = new Map<number, number>();

let api: TestApi;
let base: string;
const ids: Record<string, string[]> = {};

const send = (r: Pick<FuzzRequest, 'method' | 'url' | 'headers' | 'body'>) =>
  fetch(`${base}${r.url}`, { method: r.method, headers: r.headers, body: r.body, redirect: 'manual' });

const eventCount = async (): Promise<number> =>
  Number((await api.db.pool.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0]!.n);

/** A few resources of each kind, so commands meet real streams and not only 404s. */
async function seed(): Promise<IdPool> {
  const admin = {
    authorization: `Bearer ${signToken({ sub: 'fuzz-admin', roles: ['admin'] }, TEST_SECRET)}`,
  };
  const post = async (url: string, body: unknown) => {
    const res = await send({
      method: 'POST',
      url,
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`seeding ${url}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  };
  const customer = await post('/customers', {
    customerId: 'fz-cust',
    name: 'Ada Fuzz',
    email: 'ada@example.com',
  });
  const complaint = await post('/complaints', filing({ complaintId: 'fz-c', customerId: customer }));
  const refund = await post('/refunds', {
    refundId: 'fz-r',
    complaintId: complaint,
    kind: 'refund',
    paymentReference: 'pay-1',
    amount: { minor: 500, currency: 'GBP' },
    reason: 'goodwill',
  });
  const interaction = await post('/interactions', {
    interactionId: 'fz-i',
    customerId: customer,
    channel: 'chat',
    direction: 'inbound',
    agentId: 'ana',
  });
  Object.assign(ids, {
    customerId: [customer, 'fz-cust-2'],
    complaintId: [complaint, 'fz-c-2'],
    refundId: [refund, 'fz-r-2'],
    interactionId: [interaction],
    escalationId: ['fz-e'],
    id: [customer, complaint, refund, interaction, 'fz-e', 'nobody'],
    streamId: [`complaint-${complaint}`, `customer-${customer}`, 'nothing-here'],
  });
  return ids;
}

/**
 * Tokens: mostly of a role the operation names (so commands get past the guard and write), else
 * of any role, else wrong in one of the ways a token can be.
 */
const tokens = (op: Operation) => {
  const sign = (roles: (typeof ROLES)[number][], sub = 'fuzzer', secret = TEST_SECRET, ttl = 3600) =>
    `Bearer ${signToken({ sub, roles }, secret, ttl)}`;
  const valid = ROLES.map((r) => ({ name: r, header: sign([r]) }));
  const allowed = valid.filter((t) => op.roles.length === 0 || op.roles.includes(t.name));
  const invalid = [
    { name: 'none' },
    { name: 'empty bearer', header: 'Bearer ' },
    { name: 'garbage', header: 'Bearer not.a.token' },
    { name: 'wrong secret', header: sign(['admin'], 'fuzzer', 'another-secret-another-secret-0123456789') },
    { name: 'expired', header: sign(['admin'], 'fuzzer', TEST_SECRET, -60) },
    { name: 'basic', header: 'Basic YWRtaW46YWRtaW4=' },
    { name: 'subject with NUL', header: sign(['agent'], 'ana\u0000') },
    { name: 'subject with bidi', header: sign(['agent'], 'ana\u202e') },
  ];
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...(allowed.length ? allowed : valid)) },
    { weight: 2, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(...invalid) },
  );
};

/**
 * Refusals the domain records as facts by design, so a non-2xx that wrote its event is right:
 * a refused erasure is kept for the regulator (docs/audit.md), and its answer says "recorded".
 */
const RECORDED_REFUSALS = ['ErasureRefused'];
const recordedRefusal = (text: string): boolean => {
  try {
    return RECORDED_REFUSALS.includes((JSON.parse(text) as { code?: string }).code ?? '');
  } catch {
    return false;
  }
};

/** The client's own refusal to send (a header value it will not write), not the server's answer. */
const unsendable = (e: unknown): boolean => {
  const { name, message, cause } = e as { name?: string; message?: string; cause?: { message?: string } };
  if (name !== 'TypeError') return false;
  return message === 'fetch failed' ? /^invalid [\w-]+ header$/.test(cause?.message ?? '') : true;
};

async function check(r: FuzzRequest): Promise<void> {
  const before = await eventCount();
  let res: Response;
  try {
    res = await send(r);
  } catch (e) {
    // fetch refuses some header values (NUL, CR, DEL, non-Latin-1) before sending: nothing to judge.
    if (unsendable(e)) return;
    throw e;
  }
  const text = await res.text();
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  const after = await eventCount();
  const type = res.headers.get('content-type') ?? '';
  const said = `${res.status} ${type} ${text.slice(0, 400)}`;
  if (res.status >= 500) throw new Error(`answered ${said}`);
  if (res.status >= 400) {
    if (!type.startsWith('application/problem+json')) throw new Error(`a 4xx that is not a problem: ${said}`);
    if (STACK.test(text)) throw new Error(`a stack trace in the answer: ${said}`);
  }
  const ok = res.status >= 200 && res.status < 300;
  if (ok && r.refusable) throw new Error(`hostile text was taken: ${said}`);
  if (!ok && after !== before && !recordedRefusal(text))
    throw new Error(`a ${res.status} wrote ${after - before} event(s): ${said}`);
  if (r.method === 'GET' && after !== before) throw new Error(`a GET wrote ${after - before} event(s)`);
}

beforeAll(async () => {
  // With a callback secret, so the payment callback's checks are fuzzed too (none is ever signed).
  api = await startTestApi({
    processes: { run: false, payments: { callbackSecret: 'fuzz-callback-secret-0123456789abcdef' } },
  });
  base = await api.app.getUrl();
});
afterAll(() => api.close());

describe('every route of /openapi.json, fuzzed', () => {
  it(`holds for ${RUNS} requests (FUZZ_SEED=${SEED})`, async () => {
    const doc = (await (
      await send({ method: 'GET', url: '/openapi.json', headers: {} })
    ).json()) as Parameters<typeof operationsOf>[0];
    const operations: Operation[] = operationsOf(doc);
    expect(operations.length).toBeGreaterThan(50);
    const pool = await seed();
    const request = fc.constantFrom(...operations).chain((op) => requestsFor(op, pool, tokens(op)));
    const eventsBefore = await eventCount();
    let runs = 0;
    const property = fc.asyncProperty(request, async (r) => {
      await check(r);
      runs++;
    });
    try {
      await fc.assert(property, {
        seed: SEED,
        numRuns: RUNS,
        endOnFailure: true,
        includeErrorInReport: true,
      });
    } catch (e) {
      throw new Error(
        `fuzzing failed; replay with FUZZ_SEED=${SEED}\n${e instanceof Error ? e.message : String(e)}`,
      );
    }
    expect(runs).toBe(RUNS);
    if (process.env.FUZZ_STATS) console.log([...statuses].sort(([a], [b]) => a - b));
    expect(await eventCount()).toBeGreaterThanOrEqual(eventsBefore);
    // The service still answers: ready once its read models have caught up with what was written.
    const until = Date.now() + 60_000;
    let ready = await send({ method: 'GET', url: '/health/ready', headers: {} });
    while (ready.status !== 200 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 250));
      ready = await send({ method: 'GET', url: '/health/ready', headers: {} });
    }
    expect(ready.status).toBe(200);
  }, 240_000);
});
