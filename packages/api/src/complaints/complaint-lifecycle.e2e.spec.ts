import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('a complaint through HTTP, from filing to close', () => {
  it('is filed, worked, refunded, escalated, answered, resolved and closed', async () => {
    const agent = api.auth('agent', 'ana');
    const boss = api.auth('supervisor', 'sam');
    const filed = await post(api, '/complaints', filing(), agent);
    expect(filed.status).toBe(201);
    expect(filed.body).toEqual({ id: expect.any(String), version: 0 });
    expect(filed.headers.location).toBe(`/complaints/${filed.body.id}`);
    expect(filed.headers.etag).toBe('W/"0"');
    const c = `/complaints/${filed.body.id as string}`;

    const got = await api.request({ method: 'GET', url: c, headers: agent });
    expect(got).toMatchObject({
      status: 200,
      headers: { etag: 'W/"0"' },
      body: { state: { status: 'open' } },
    });

    expect((await post(api, `${c}/acknowledge`, {}, { ...agent, 'if-match': 'W/"0"' })).headers.etag).toBe(
      'W/"1"',
    );
    expect((await post(api, `${c}/assign`, { ownerId: 'ana', team: 'billing' }, agent)).status).toBe(200);

    const refund = await post(api, '/refunds', refundRequest(filed.body.id as string), agent);
    expect(refund).toMatchObject({ status: 201, headers: { location: `/refunds/${refund.body.id}` } });
    const r = `/refunds/${refund.body.id as string}`;
    expect((await post(api, `${r}/approve`, {}, boss)).status).toBe(200);
    expect((await post(api, `${r}/issue`, { providerReference: 'pay-9' }, agent)).status).toBe(200);

    const escalation = await post(
      api,
      `${c}/escalations`,
      { level: 2, trigger: 'manual', reason: 'stuck' },
      agent,
    );
    expect(escalation).toMatchObject({
      status: 201,
      headers: { location: `/escalations/${escalation.body.id}` },
    });
    const e = `/escalations/${escalation.body.id as string}`;

    await post(
      api,
      `${c}/final-response`,
      { outcome: 'upheld', referralRightsStated: true, message: 'Sorry' },
      agent,
    );
    await post(api, `${c}/root-cause`, { category: 'billing', description: 'double charge' }, agent);
    expect((await post(api, `${c}/resolve`, { resolution: 'refunded' }, agent)).status).toBe(200);

    const blocked = await post(api, `${c}/close`, {}, agent);
    expect(blocked).toMatchObject({ status: 422, body: { code: 'RefundInFlight' } });
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
    await post(api, `${r}/settle`, {}, agent);
    expect((await post(api, `${c}/close`, {}, agent)).body).toMatchObject({ code: 'EscalationOpen' });
    expect((await post(api, `${e}/acknowledge`, { assigneeId: 'sam' }, boss)).status).toBe(200);
    expect((await post(api, `${e}/close`, { resolution: 'refund settled' }, boss)).status).toBe(200);

    const closed = await post(api, `${c}/close`, {}, agent);
    expect(closed.status).toBe(200);
    const final = await api.request({ method: 'GET', url: c, headers: agent });
    expect(final.body.state).toMatchObject({ status: 'closed' });
    expect(final.headers.etag).toBe(`W/"${closed.body.version as number}"`);
  });

  it('stamps every event with the actor, the correlation id and a causation id', async () => {
    const filed = await post(api, '/complaints', filing(), {
      ...api.auth('agent', 'ana'),
      'x-correlation-id': 'corr-42',
      'x-channel': 'phone',
    });
    const read = await api.rawStore.readStream(`complaint-${filed.body.id as string}`);
    expect(read.events[0]!.metadata).toMatchObject({
      actor: { kind: 'agent', id: 'ana' },
      correlationId: 'corr-42',
      channel: 'phone',
      causationId: expect.any(String),
      occurredAt: expect.any(String),
    });
    expect(filed.headers['x-correlation-id']).toBe('corr-42');
  });
});

const refundRequest = (complaintId: string) => ({
  complaintId,
  kind: 'refund',
  paymentReference: 'pay-1',
  amount: { minor: 1000, currency: 'GBP' },
  reason: 'duplicate',
});
