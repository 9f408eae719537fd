import type { TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

/** The complaint's id and every event id the log holds for it and its linked streams, in log order. */
export interface Story {
  readonly complaintId: string;
  readonly refundId: string;
  readonly customerId: string;
  readonly streams: string[];
  readonly eventIds: string[];
}

async function ok(
  api: TestApi,
  url: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<string> {
  const res = await post(api, url, body, headers);
  if (res.status >= 300) throw new Error(`POST ${url}: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

/**
 * A complaint's life across streams, with noise beside it that must stay out of its history:
 * another complaint with its own refund, and an interaction never linked.
 */
export async function liveAComplaint(api: TestApi): Promise<Story> {
  const agent = { ...api.auth('agent', 'ana'), 'x-channel': 'phone', 'x-correlation-id': 'corr-story' };
  const boss = api.auth('supervisor', 'sam');
  const crm = { ...api.auth('service', 'crm'), 'x-on-behalf-of': 'ana' };
  const contact = { customerId: 'cust-h', channel: 'phone', direction: 'inbound', agentId: 'ana' };
  const customerId = await ok(api, '/customers', { name: 'Ada', email: 'ada@example.com' }, agent);
  const linkedCall = await ok(api, '/interactions', contact, agent);
  await ok(api, '/interactions', contact, agent); // never linked
  const other = await ok(api, '/complaints', filing(), agent);
  await ok(api, '/refunds', refund(other), agent);

  const complaintId = await ok(
    api,
    '/complaints',
    filing({ customerId: 'cust-h', amountPaid: { minor: 100_000, currency: 'GBP' } }),
    agent,
  );
  const c = `/complaints/${complaintId}`;
  await ok(api, `${c}/acknowledge`, {}, agent);
  await ok(api, `${c}/assign`, { ownerId: 'ana', team: 'billing' }, crm);
  const refundId = await ok(api, '/refunds', refund(complaintId, 60_000), agent);
  await ok(api, `/refunds/${refundId}/approve`, {}, boss);
  const escalationId = await ok(
    api,
    `${c}/escalations`,
    { level: 1, trigger: 'manual', reason: 'stuck' },
    agent,
  );
  await ok(api, `/escalations/${escalationId}/acknowledge`, { assigneeId: 'sam' }, boss);
  await ok(api, `/interactions/${linkedCall}/link-complaint`, { complaintId }, agent);
  await ok(
    api,
    `/interactions/${linkedCall}/end`,
    { summary: 'ok', talkSeconds: 9, holdSeconds: 0, wrapUpSeconds: 1 },
    agent,
  );
  await ok(api, `${c}/hold`, { reason: 'waiting' }, agent);

  const streams = [
    `complaint-${complaintId}`,
    `refund-${refundId}`,
    `escalation-${escalationId}`,
    `interaction-${linkedCall}`,
  ];
  // Through the store beneath the app, so the story reads the same on either backend.
  const read = await Promise.all(streams.map((s) => api.rawStore.readStream(s)));
  const events = read.flatMap((r) => r.events).sort((a, b) => (a.globalPosition < b.globalPosition ? -1 : 1));
  return { complaintId, refundId, customerId, streams, eventIds: events.map((e) => e.eventId) };
}

const refund = (complaintId: string, minor = 1000) => ({
  complaintId,
  kind: 'refund',
  paymentReference: 'pay-1',
  amount: { minor, currency: 'GBP' },
  reason: 'duplicate',
});
