import { InMemoryEventStore } from '@casebook/event-store';
import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

// The history finds interactions through the log, not a read model: an API on the in-memory
// store (no PostgreSQL for its events) must give the same answer.
let api: TestApi;
const store = new InMemoryEventStore();
beforeAll(async () => {
  api = await startTestApi({ store, projections: { run: false } });
});
afterAll(() => api.close());

async function ok(url: string, body: unknown): Promise<string> {
  const res = await post(api, url, body, api.auth('agent', 'ana'));
  if (res.status >= 300) throw new Error(`POST ${url}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

describe('a complaint history on the in-memory store', () => {
  it('holds interactions linked when they start and linked later, and the refund, in log order', async () => {
    const contact = { customerId: 'cust-1', channel: 'chat', direction: 'inbound', agentId: 'ana' };
    const complaintId = await ok('/complaints', filing());
    const atStart = await ok('/interactions', { ...contact, complaintId });
    const later = await ok('/interactions', contact);
    await ok('/interactions', contact); // never linked
    const refundId = await ok('/refunds', {
      complaintId,
      kind: 'refund',
      paymentReference: 'pay-1',
      amount: { minor: 100, currency: 'GBP' },
      reason: 'duplicate',
    });
    await ok(`/interactions/${later}/link-complaint`, { complaintId });

    const res = await api.request({
      method: 'GET',
      url: `/complaints/${complaintId}/history?limit=3`,
      headers: api.auth('auditor'),
    });
    const streams = [
      `complaint-${complaintId}`,
      `refund-${refundId}`,
      `interaction-${atStart}`,
      `interaction-${later}`,
    ];
    expect(res.body.streams).toEqual(streams);
    const stored = (await Promise.all(streams.map((s) => store.readStream(s))))
      .flatMap((r) => r.events)
      .sort((a, b) => Number(a.globalPosition - b.globalPosition));
    const second = await api.request({ method: 'GET', url: res.body.next, headers: api.auth('auditor') });
    const items = [...res.body.items, ...second.body.items] as { eventId: string }[];
    expect(second.body.next).toBeNull();
    expect(items.map((i) => i.eventId)).toEqual(stored.map((e) => e.eventId));
    expect(stored.map((e) => e.type)).toEqual([
      'ComplaintFiled',
      'InteractionStarted',
      'InteractionStarted',
      'RefundRequested',
      'RefundLinked',
      'InteractionLinkedToComplaint',
    ]);
  });
});
