import { startTestApi, type TestApi } from '../testing';
import { liveAComplaint, type Story } from './history.fixtures';

let api: TestApi;
let story: Story;

const pathsOf = (body: unknown) => (body as { errors: { path: string }[] }).errors.map((e) => e.path);
const get = (url: string, roles: Parameters<TestApi['auth']>[0] = 'auditor') =>
  api.request({ method: 'GET', url, headers: api.auth(roles, 'olga') });

beforeAll(async () => {
  api = await startTestApi({ projections: { run: false } });
  story = await liveAComplaint(api);
});
afterAll(() => api.close());

/** Follows `next` from the first page to the end, every page's items in order. */
async function allPages(url: string, roles: Parameters<TestApi['auth']>[0] = 'auditor') {
  const items: { eventId: string; globalPosition: number; type: string }[] = [];
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
    // As stored, through the store beneath the app: the same on either backend.
    const read = await api.rawStore.readStream(`complaint-${story.complaintId}`);
    const stored = read.events.find((e) => e.eventId === filed!.eventId)!;
    expect(filed).toEqual({
      eventId: story.eventIds[1],
      type: 'ComplaintFiled',
      schemaVersion: stored.schemaVersion,
      data: expect.objectContaining({
        complaintId: story.complaintId,
        customerId: 'cust-h',
        category: 'billing',
      }),
      actor: { id: 'ana', kind: 'agent', onBehalfOf: null },
      channel: 'phone',
      occurredAt: stored.metadata.occurredAt,
      recordedAt: stored.recordedAt.toISOString(),
      correlationId: 'corr-story',
      causationId: stored.metadata.causationId,
      streamId: `complaint-${story.complaintId}`,
      streamPosition: 0,
      globalPosition: Number(stored.globalPosition),
      hash: stored.hash,
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

  it('answers 404 for an unknown id, 400 naming the id for one no command could have created', async () => {
    expect(await get('/complaints/no-such-complaint/history')).toMatchObject({
      status: 404,
      body: { code: 'NotFound' },
    });
    expect(await get('/complaints/bad%20id/history')).toMatchObject({
      status: 400,
      body: {
        code: 'InvalidInput',
        errors: [{ path: 'id', reason: expect.stringMatching(/^expected an id/) }],
      },
    });
  });
});

describe('GET /<resource>/{id}/history', () => {
  it("is that stream's own events only", async () => {
    const { items } = await allPages(`/refunds/${story.refundId}/history?limit=1`);
    expect(items.map((i) => i.type)).toEqual(['RefundRequested', 'RefundApproved']);
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
