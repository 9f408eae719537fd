import { startTestApi, type TestApi } from '@casebook/api/testing';
import { createCasebookClient, ifMatch, ok, ProblemError, versionOf, type CasebookClient } from '.';

/**
 * A complaint's whole life driven through the typed client over real HTTP: the document's paths,
 * bodies and answers proven by a real consumer (the twin of the API's complaint-lifecycle test).
 */
let api: TestApi;
let agent: CasebookClient;
let boss: CasebookClient;
beforeAll(async () => {
  api = await startTestApi();
  const baseUrl = await api.app.getUrl();
  const bearer = (h: Record<string, string>) => h.authorization!.replace(/^Bearer /, '');
  agent = createCasebookClient({ baseUrl, token: bearer(api.auth('agent', 'ana')) });
  boss = createCasebookClient({ baseUrl, token: () => bearer(api.auth('supervisor', 'sam')) });
});
afterAll(() => api.close());

/** The problem a call was refused with (the test fails if it was not). */
const refusal = async (call: Promise<unknown>): Promise<ProblemError> => {
  const e = await call.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof ProblemError)) throw new Error(`expected a ProblemError, got ${String(e)}`);
  return e;
};

describe('a complaint through the client, from filing to close', () => {
  it('is filed, worked, refunded, escalated, answered, resolved and closed', async () => {
    const customer = await ok(
      agent.POST('/customers', { body: { name: 'Ada Lovelace', email: 'ada@example.com' } }),
    );
    const filing = await agent.POST('/complaints', {
      body: {
        customerId: customer.id,
        channel: 'email',
        category: 'billing',
        description: 'Charged twice',
        amountPaid: { minor: 5000, currency: 'GBP' },
        priority: 'medium',
        regime: 'FCA_DISP',
      },
    });
    expect(filing.response.status).toBe(201);
    expect(filing.response.headers.get('location')).toBe(`/complaints/${filing.data!.id}`);
    expect(versionOf(filing.response)).toBe(0);
    const { id } = filing.data!;
    const complaint = { params: { path: { id } } };

    const read = await agent.GET('/complaints/{id}', complaint);
    expect(read.data).toMatchObject({ id, version: 0, state: { status: 'open' } });
    expect(versionOf(read.response)).toBe(0);

    const acked = await agent.POST('/complaints/{id}/acknowledge', {
      params: { path: { id }, header: ifMatch(read.data!.version) },
      body: {},
    });
    expect(versionOf(acked.response)).toBe(1);
    const stale = await refusal(
      ok(
        agent.POST('/complaints/{id}/assign', {
          params: { path: { id }, header: ifMatch(0) },
          body: { ownerId: 'ana', team: 'billing' },
        }),
      ),
    );
    expect(stale).toMatchObject({ status: 412, type: expect.any(String), title: expect.any(String) });
    await ok(
      agent.POST('/complaints/{id}/assign', { ...complaint, body: { ownerId: 'ana', team: 'billing' } }),
    );

    const refund = await ok(
      agent.POST('/refunds', {
        body: {
          complaintId: id,
          kind: 'refund',
          paymentReference: 'pay-1',
          amount: { minor: 1000, currency: 'GBP' },
          reason: 'duplicate',
        },
      }),
    );
    const r = { params: { path: { id: refund.id } } };
    await ok(boss.POST('/refunds/{id}/approve', { ...r, body: {} }));
    await ok(agent.POST('/refunds/{id}/issue', { ...r, body: { providerReference: 'pay-9' } }));

    const escalation = await ok(
      agent.POST('/complaints/{id}/escalations', {
        ...complaint,
        body: { level: 2, trigger: 'manual', reason: 'stuck' },
      }),
    );
    const e = { params: { path: { id: escalation.id } } };

    await ok(
      agent.POST('/complaints/{id}/final-response', {
        ...complaint,
        body: { outcome: 'upheld', referralRightsStated: true, message: 'Sorry' },
      }),
    );
    await ok(
      agent.POST('/complaints/{id}/root-cause', {
        ...complaint,
        body: { category: 'billing', description: 'double charge' },
      }),
    );
    await ok(agent.POST('/complaints/{id}/resolve', { ...complaint, body: { resolution: 'refunded' } }));

    const blocked = await refusal(ok(agent.POST('/complaints/{id}/close', { ...complaint, body: {} })));
    expect(blocked).toMatchObject({ status: 422, code: 'RefundInFlight', extra: { code: 'RefundInFlight' } });
    expect(blocked.response?.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    await ok(agent.POST('/refunds/{id}/settle', { ...r, body: {} }));
    const escalated = await refusal(ok(agent.POST('/complaints/{id}/close', { ...complaint, body: {} })));
    expect(escalated.code).toBe('EscalationOpen');
    await ok(boss.POST('/escalations/{id}/acknowledge', { ...e, body: { assigneeId: 'sam' } }));
    await ok(boss.POST('/escalations/{id}/close', { ...e, body: { resolution: 'refund settled' } }));

    const closed = await ok(agent.POST('/complaints/{id}/close', { ...complaint, body: {} }));
    const final = await ok(agent.GET('/complaints/{id}', complaint));
    expect(final).toMatchObject({ state: { status: 'closed' }, version: closed.version });
  });

  it('names every invalid field of a refused body', async () => {
    const bad = await refusal(ok(agent.POST('/customers', { body: { name: '', email: 'not-an-email' } })));
    expect(bad).toMatchObject({ status: 400, code: 'InvalidInput' });
    expect(bad.errors?.map((x) => x.path)).toEqual(expect.arrayContaining(['name', 'email']));
  });

  it('sends one Idempotency-Key per call: a retry with it replays, another body with it is refused', async () => {
    const body = { name: 'Grace Hopper', email: 'grace@example.com' };
    const key = 'client-key-1';
    const first = await agent.POST('/customers', { params: { header: { 'Idempotency-Key': key } }, body });
    const again = await agent.POST('/customers', { params: { header: { 'Idempotency-Key': key } }, body });
    expect(again.data).toEqual(first.data);
    const reused = await refusal(
      ok(
        agent.POST('/customers', {
          params: { header: { 'Idempotency-Key': key } },
          body: { ...body, name: 'G' },
        }),
      ),
    );
    expect(reused).toMatchObject({ status: 422, code: 'IdempotencyKeyReused' });
    // Without a key each call is its own: two registrations, two customers.
    const a = await ok(agent.POST('/customers', { body }));
    const b = await ok(agent.POST('/customers', { body }));
    expect(a.id).not.toBe(b.id);
  });
});
