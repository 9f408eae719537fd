import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';
import { authorisation, inspection, receipt, receivedReturn, returnRequest } from './return.fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ projections: { run: false } });
});
afterAll(() => api.close());

const head = () => api.store.headPosition();

describe('returns: who may do what', () => {
  it('lets only the warehouse (and admins) receive; the denied write nothing', async () => {
    const agent = api.auth('agent', 'ana');
    const created = await post(api, '/returns', returnRequest(), agent);
    const url = `/returns/${created.body.id as string}`;
    await post(api, `${url}/authorise`, authorisation(), agent);
    const before = await head();
    for (const role of ['agent', 'supervisor', 'analyst'] as const) {
      const denied = await post(api, `${url}/receive`, receipt, api.auth(role));
      expect(denied).toMatchObject({ status: 403, body: { code: 'Forbidden' } });
    }
    expect(await head()).toBe(before);
    expect((await post(api, `${url}/receive`, receipt, api.auth('warehouse', 'wes'))).status).toBe(200);
  });

  it('keeps casework from the warehouse and records the warehouse as the actor', async () => {
    const warehouse = api.auth('warehouse', 'wes');
    expect(await post(api, '/returns', returnRequest(), warehouse)).toMatchObject({ status: 403 });
    const { url } = await receivedReturn(api);
    const { events } = await api.store.readStream(`return-${url.split('/')[2]!}`);
    const received = events.find((e) => e.type === 'ReturnReceived')!;
    expect(received.metadata.actor).toEqual({ kind: 'warehouse', id: 'wes' });
    expect(await post(api, `${url}/resolve`, { resolution: 'none' }, warehouse)).toMatchObject({
      status: 403,
    });
  });
});

describe('returns: If-Match and Idempotency-Key', () => {
  it('refuses a stale If-Match with 412 and writes nothing; the current one succeeds', async () => {
    const agent = api.auth('agent', 'ana');
    const created = await post(api, '/returns', returnRequest(), agent);
    const url = `/returns/${created.body.id as string}`;
    const before = await head();
    const stale = await post(api, `${url}/authorise`, authorisation(), { ...agent, 'if-match': 'W/"3"' });
    expect(stale.status).toBe(412);
    expect(await head()).toBe(before);
    const current = await post(api, `${url}/authorise`, authorisation(), { ...agent, 'if-match': 'W/"0"' });
    expect(current).toMatchObject({ status: 200, headers: { etag: 'W/"1"' } });
  });

  it('replays a retried request with the same key, and refuses the key with another body', async () => {
    const headers = { ...api.auth('agent', 'ana'), 'idempotency-key': 'return-1' };
    const first = await post(api, '/returns', returnRequest(), headers);
    const before = await head();
    const retry = await post(api, '/returns', returnRequest(), headers);
    expect(retry).toMatchObject({
      status: 201,
      body: first.body,
      headers: { 'idempotent-replayed': 'true' },
    });
    expect(await head()).toBe(before);
    const misuse = await post(api, '/returns', returnRequest({ reason: 'changed_mind' }), headers);
    expect(misuse).toMatchObject({ status: 422, body: { code: 'IdempotencyKeyReused' } });
    expect(await head()).toBe(before);
  });
});

describe('returns: bad input', () => {
  const bad = async (url: string, body: unknown, path: string) => {
    const before = await head();
    const res = await post(api, url, body, api.auth('agent', 'ana'));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'InvalidInput' });
    const { errors } = res.body as { errors: { path: string }[] };
    expect(errors.map((e) => e.path)).toContain(path);
    expect(await head()).toBe(before);
  };

  it('names the field that is wrong, and changes nothing', async () => {
    const line = returnRequest().lines[0]!;
    await bad('/returns', returnRequest({ reason: 'bored' }), 'reason');
    await bad('/returns', returnRequest({ lines: [] }), 'lines');
    await bad('/returns', returnRequest({ lines: [line, line] }), 'lines');
    await bad('/returns', returnRequest({ lines: [{ ...line, quantity: -1 }] }), 'lines.0.quantity');
    await bad(
      '/returns',
      returnRequest({ lines: [{ ...line, unitPrice: { minor: 1.5, currency: 'GBP' } }] }),
      'lines.0.unitPrice.minor',
    );
    await bad('/returns', returnRequest({ deliveredAt: 'yesterday' }), 'deliveredAt');
    await bad('/returns', returnRequest({ complaintId: '../etc' }), 'complaintId');
    await bad('/returns', returnRequest({ shipping: 'free' }), 'shipping');
    await bad('/returns', returnRequest({ orderReference: 'a\u0000b' }), 'orderReference');
    const created = await post(api, '/returns', returnRequest(), api.auth('agent', 'ana'));
    const url = `/returns/${created.body.id as string}`;
    await bad(`${url}/authorise`, { ...authorisation(), method: 'pigeon' }, 'method');
    await bad(
      `${url}/resolve`,
      {
        resolution: 'refund',
        refund: { refundId: 'r', amount: { minor: 0, currency: 'GBP' }, paymentReference: 'p' },
      },
      'refund.amount.minor',
    );
  });

  it('answers 404 for a return that does not exist, and 422 for a rule', async () => {
    const agent = api.auth('agent', 'ana');
    expect(
      await post(api, '/returns/nope/ship', { carrier: 'DPD', trackingNumber: 'T' }, agent),
    ).toMatchObject({
      status: 404,
      body: { code: 'NotFound' },
    });
    const old = returnRequest({ reason: 'changed_mind', deliveredAt: '2020-01-01T00:00:00Z' });
    const created = await post(api, '/returns', old, agent);
    const res = await post(api, `/returns/${created.body.id as string}/authorise`, authorisation(), agent);
    expect(res).toMatchObject({ status: 422, body: { code: 'OutsideReturnWindow' } });
    expect(await post(api, '/returns', returnRequest({ complaintId: 'missing-1' }), agent)).toMatchObject({
      status: 404,
      body: { code: 'NotFound' },
    });
  });
});

describe('returns: a refund resolution is a refund request', () => {
  it('keeps the approval limits: over the agent’s limit the refund awaits a supervisor', async () => {
    const agent = api.auth('agent', 'ana');
    const paid = filing({ amountPaid: { minor: 100_000, currency: 'GBP' } });
    const complaint = (await post(api, '/complaints', paid, agent)).body as { id: string };
    const tv = {
      sku: 'TV-1',
      description: 'Television',
      category: 'tv',
      quantity: 1,
      unitPrice: { minor: 60_000, currency: 'GBP' },
    };
    const created = await post(
      api,
      '/returns',
      returnRequest({ complaintId: complaint.id, lines: [tv] }),
      agent,
    );
    const url = `/returns/${(created.body as { id: string }).id}`;
    const warehouse = api.auth('warehouse', 'wes');
    await post(api, `${url}/authorise`, authorisation(), agent);
    await post(
      api,
      `${url}/receive`,
      { lines: [{ sku: 'TV-1', quantity: 1, condition: 'damaged' }] },
      warehouse,
    );
    const inspected = {
      ...inspection('x', 'y'),
      lines: [{ sku: 'TV-1', quantity: 1, outcome: 'defective_confirmed' }],
    };
    await post(api, `${url}/inspect`, inspected, warehouse);
    const refund = {
      refundId: `rf-tv-${complaint.id}`,
      amount: { minor: 60_000, currency: 'GBP' },
      paymentReference: 'pay-1',
    };
    expect((await post(api, `${url}/resolve`, { resolution: 'refund', refund }, agent)).status).toBe(200);
    const r = `/refunds/${refund.refundId}`;
    const state = await api.request({ method: 'GET', url: r, headers: agent });
    expect(state.body).toMatchObject({ state: { status: 'requested', requiresSupervisorApproval: true } });
    expect(await post(api, `${r}/approve`, {}, api.auth('agent', 'bob'))).toMatchObject({ status: 403 });
    expect((await post(api, `${r}/approve`, {}, api.auth('supervisor', 'sam'))).status).toBe(200);
  });
});
