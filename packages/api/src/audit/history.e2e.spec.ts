import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

let api: TestApi;
/** The complaint's id and every event id the log holds for it and its linked streams, in log order. */
let story: {
  complaintId: string;
  refundId: string;
  customerId: string;
  streams: string[];
  eventIds: string[];
};

const pathsOf = (body: unknown) => (body as { errors: { path: string }[] }).errors.map((e) => e.path);
const get = (url: string, roles: Parameters<TestApi['auth']>[0] = 'auditor') =>
  api.request({ method: 'GET', url, headers: api.auth(roles, 'olga') });

async function ok(url: string, body: unknown, headers: Record<string, string>): Promise<string> {
  const res = await post(api, url, body, headers);
  if (res.status >= 300) throw new Error(`POST ${url}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/**
 * A complaint's life across streams, with noise beside it that must stay out of its history:
 * another complaint with its own refund, and an interaction never linked.
 */
async function liveAComplaint() {
  const agent = { ...api.auth('agent', 'ana'), 'x-channel': 'phone', 'x-correlation-id': 'corr-story' };
  const boss = api.auth('supervisor', 'sam');
  const crm = { ...api.auth('service', 'crm'), 'x-on-behalf-of': 'ana' };
  const contact = { customerId: 'cust-h', channel: 'phone', direction: 'inbound', agentId: 'ana' };
  const customerId = await ok('/customers', { name: 'Ada', email: 'ada@example.com' }, agent);
  const linkedCall = await ok('/interactions', contact, agent);
  await ok('/interactions', contact, agent); // never linked
  const other = await ok('/complaints', filing(), agent);
  await ok('/refunds', refund(other), agent);

  const complaintId = await ok(
    '/complaints',
    filing({ customerId: 'cust-h', amountPaid: { minor: 100_000, currency: 'GBP' } }),
    agent,
  );
  const c = `/complaints/${complaintId}`;
  await ok(`${c}/acknowledge`, {}, agent);
  await ok(`${c}/assign`, { ownerId: 'ana', team: 'billing' }, crm);
  const refundId = await ok('/refunds', refund(complaintId, 60_000), agent);
  await ok(`/refunds/${refundId}/approve`, {}, boss);
  const escalationId = await ok(`${c}/escalations`, { level: 1, trigger: 'manual', reason: 'stuck' }, agent);
  await ok(`/escalations/${escalationId}/acknowledge`, { assigneeId: 'sam' }, boss);
  await ok(`/interactions/${linkedCall}/link-complaint`, { complaintId }, agent);
  await ok(
    `/interactions/${linkedCall}/end`,
    { summary: 'ok', talkSeconds: 9, holdSeconds: 0, wrapUpSeconds: 1 },
    agent,
  );
  await ok(`${c}/hold`, { reason: 'waiting' }, agent);

  const streams = [
    `complaint-${complaintId}`,
    `refund-${refundId}`,
    `escalation-${escalationId}`,
    `interaction-${linkedCall}`,
  ];
  const rows = await api.db.pool.query<{ event_id: string }>(
    'SELECT event_id FROM events WHERE stream_id = ANY($1::text[]) ORDER BY global_position',
    [streams],
  );
  return { complaintId, refundId, customerId, streams, eventIds: rows.rows.map((r) => r.event_id) };
}

const refund = (complaintId: string, minor = 1000) => ({
  complaintId,
  kind: 'refund',
  paymentReference: 'pay-1',
  amount: { minor, currency: 'GBP' },
  reason: 'duplicate',
});

beforeAll(async () => {
  api = await startTestApi({ projections: { run: false } });
  story = await liveAComplaint();
});
afterAll(() => api.close());

/** Follows `next` from the first page to the end, every page's items in order. */
async function allPages(url: string, roles: Parameters<TestApi['auth']>[0] = 'auditor') {
  const items: { eventId: string; globalPosition: number }[] = [];
  let next: string | null = url;
  let pages = 0;
  while (next !== null) {
    const res = await get(next, roles);
    expect(res.status).toBe(200);
    items.push(...(res.body.items as typeof items));
    next = res.body.next as string | null;
    pages++;
  }
  return { items, pages };
}

describe('GET /complaints/{id}/history', () => {
  it('is every event of the complaint, its refund, escalation and linked interaction, in log order', async () => {
    const res = await get(`/complaints/${story.complaintId}/history`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: story.complaintId,
      streams: story.streams,
      nextCursor: null,
      next: null,
    });
    const items = res.body.items as {
      eventId: string;
      type: string;
      streamId: string;
      globalPosition: number;
    }[];
    expect(items.map((i) => i.eventId)).toEqual(story.eventIds);
    expect(items.map((i) => i.type)).toEqual([
      'InteractionStarted',
      'ComplaintFiled',
      'ComplaintAcknowledged',
      'ComplaintAssigned',
      'RefundRequested',
      'RefundLinked',
      'RefundApproved',
      'EscalationRaised',
      'EscalationLinked',
      'EscalationAcknowledged',
      'InteractionLinkedToComplaint',
      'InteractionEnded',
      'ComplaintPutOnHold',
    ]);
    const positions = items.map((i) => i.globalPosition);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('gives each entry its fact, actor, channel, both clocks, causal ids and positions', async () => {
    const res = await get(`/complaints/${story.complaintId}/history`);
    const [, filed, , assigned] = res.body.items as Record<string, unknown>[];
    const row = await api.db.pool.query<{
      global_position: string;
      schema_version: number;
      recorded_at: Date;
      metadata: { causationId: string; occurredAt: string };
    }>('SELECT global_position, recorded_at, metadata, schema_version FROM events WHERE event_id = $1', [
      filed!.eventId,
    ]);
    const stored = row.rows[0]!;
    expect(filed).toEqual({
      eventId: story.eventIds[1],
      type: 'ComplaintFiled',
      schemaVersion: stored.schema_version,
      data: expect.objectContaining({
        complaintId: story.complaintId,
        customerId: 'cust-h',
        category: 'billing',
      }),
      actor: { id: 'ana', kind: 'agent', onBehalfOf: null },
      channel: 'phone',
      occurredAt: stored.metadata.occurredAt,
      recordedAt: stored.recorded_at.toISOString(),
      correlationId: 'corr-story',
      causationId: stored.metadata.causationId,
      streamId: `complaint-${story.complaintId}`,
      streamPosition: 0,
      globalPosition: Number(stored.global_position),
    });
    expect(assigned).toMatchObject({
      actor: { id: 'crm', kind: 'service', onBehalfOf: { kind: 'agent', id: 'ana' } },
      channel: null,
      streamPosition: 2,
    });
  });

  it.each([1, 2, 5])('pages of %i give every event exactly once, in order', async (limit) => {
    const { items, pages } = await allPages(`/complaints/${story.complaintId}/history?limit=${limit}`);
    expect(items.map((i) => i.eventId)).toEqual(story.eventIds);
    expect(pages).toBe(Math.ceil(story.eventIds.length / limit));
  });

  it('a bad cursor or limit is a 400 naming each; a cursor of another history is refused', async () => {
    const url = `/complaints/${story.complaintId}/history`;
    const bad = await get(`${url}?cursor=nonsense!&limit=0`);
    expect(bad).toMatchObject({ status: 400, body: { code: 'InvalidInput' } });
    expect(pathsOf(bad.body)).toEqual(['cursor', 'limit']);
    for (const limit of ['501', 'x', '1.5', '-1'])
      expect((await get(`${url}?limit=${limit}`)).body.errors).toEqual([
        { path: 'limit', reason: expect.any(String) },
      ]);
    const refundPage = await get(`/refunds/${story.refundId}/history?limit=1`);
    const foreign = await get(`${url}?cursor=${refundPage.body.nextCursor as string}`);
    expect(foreign).toMatchObject({ status: 400, body: { errors: [{ path: 'cursor' }] } });
  });

  it('answers 404 for an unknown or malformed id', async () => {
    for (const id of ['no-such-complaint', 'bad%20id'])
      expect(await get(`/complaints/${id}/history`)).toMatchObject({
        status: 404,
        body: { code: 'NotFound' },
      });
  });
});

describe('GET /<resource>/{id}/history', () => {
  it("is that stream's own events only", async () => {
    const { items } = await allPages(`/refunds/${story.refundId}/history?limit=1`);
    expect(items.map((i) => (i as unknown as { type: string }).type)).toEqual([
      'RefundRequested',
      'RefundApproved',
    ]);
    const customer = await get(`/customers/${story.customerId}/history`);
    expect((customer.body.items as { type: string }[]).map((i) => i.type)).toEqual(['CustomerRegistered']);
    expect((await get('/escalations/nope/history')).status).toBe(404);
  });
});

describe('who may replay a history', () => {
  const complaint = () => `/complaints/${story.complaintId}/history`;
  const customer = () => `/customers/${story.customerId}/history`;
  it.each(['auditor', 'supervisor', 'admin'] as const)('%s may read both', async (role) => {
    expect((await get(complaint(), role)).status).toBe(200);
    expect((await get(customer(), role)).status).toBe(200);
  });
  it.each(['agent', 'analyst', 'service'] as const)(
    '%s may not (403), even for an unknown id',
    async (role) => {
      expect(await get(complaint(), role)).toMatchObject({ status: 403, body: { code: 'Forbidden' } });
      expect((await get('/complaints/nope/history', role)).status).toBe(403);
    },
  );
});
