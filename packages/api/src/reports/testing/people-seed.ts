import { post, type TestApi } from '../../testing';
import { act, eventually, file, itemsOf, type Row, type TestClock } from './report-fixtures';

export const T0 = '2024-03-04T09:00:00.000Z';
export const hoursAfterT0 = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000);

async function ok(api: TestApi, url: string, body: unknown, role: 'agent' | 'supervisor' = 'agent') {
  const res = await post(api, url, body, api.auth(role, role === 'agent' ? 'ana' : 'sam'));
  if (res.status >= 300) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
}

/**
 * Three customers through the API. cust-a: two contacts, two complaints an hour apart (at risk:
 * a repeat complainant), a settled refund. cust-b: a queued chat, a refund over the agent's
 * limit that a supervisor approved, a resolved complaint rated bad (at risk). cust-c: a resolved
 * complaint rated good (not at risk).
 */
export async function seedPeople(api: TestApi, clock: TestClock): Promise<void> {
  clock.now = hoursAfterT0(0);
  for (const id of ['cust-a', 'cust-b', 'cust-c'])
    await ok(api, '/customers', { customerId: id, name: `Customer ${id}`, email: `${id}@example.com` });
  const contact = { customerId: 'cust-a', direction: 'inbound', agentId: 'ana' };
  await ok(api, '/interactions', { interactionId: 'i-1', ...contact, channel: 'phone' });
  const ended = { summary: 'sorted', talkSeconds: 300, holdSeconds: 20, wrapUpSeconds: 30 };
  await ok(api, '/interactions/i-1/end', ended);
  await ok(api, '/interactions/i-3/queue', { customerId: 'cust-b', channel: 'chat', direction: 'inbound' });
  await file(api, 'k-a1', { customerId: 'cust-a' });
  await file(api, 'k-b1', { customerId: 'cust-b', amountPaid: { minor: 100000, currency: 'GBP' } });
  await file(api, 'k-c1', { customerId: 'cust-c' });
  clock.now = hoursAfterT0(1);
  await ok(api, '/interactions', {
    interactionId: 'i-2',
    ...contact,
    channel: 'email',
    direction: 'outbound',
    agentId: 'bob',
  });
  await file(api, 'k-a2', { customerId: 'cust-a' });
  await refunds(api);
  await resolveAndRate(api, 'k-b1', 'bad');
  await resolveAndRate(api, 'k-c1', 'good');
  await eventually(api, '/reports/customers', (r) => settledCustomers(itemsOf(r)));
  await eventually(
    api,
    '/reports/refunds',
    (r) =>
      itemsOf(r)
        .map((i) => i.status)
        .join() === 'approved,settled',
  );
  await eventually(
    api,
    '/reports/interactions',
    (r) => itemsOf(r).length === 3 && itemsOf(r)[1]!.status === 'ended',
  );
}

async function refunds(api: TestApi): Promise<void> {
  const refund = { kind: 'refund', paymentReference: 'pay-1', reason: 'duplicate' };
  await ok(api, '/refunds', {
    refundId: 'r-1',
    complaintId: 'k-a1',
    ...refund,
    amount: { minor: 1000, currency: 'GBP' },
  });
  await ok(api, '/refunds/r-1/approve', {}, 'supervisor');
  await ok(api, '/refunds/r-1/issue', { providerReference: 'pay-9' });
  await ok(api, '/refunds/r-1/settle', {});
  await ok(api, '/refunds', {
    refundId: 'r-2',
    complaintId: 'k-b1',
    ...refund,
    amount: { minor: 60000, currency: 'GBP' },
  });
  await ok(api, '/refunds/r-2/approve', {}, 'supervisor');
}

async function resolveAndRate(api: TestApi, id: string, rating: 'good' | 'bad'): Promise<void> {
  await act(api, id, 'final-response', { outcome: 'upheld', referralRightsStated: true, message: 'Sorry' });
  await act(api, id, 'root-cause', { category: 'billing', description: 'double charge' });
  await act(api, id, 'resolve', { resolution: 'refunded' });
  await act(api, id, 'satisfaction', { rating });
}

const settledCustomers = (items: Row[]): boolean =>
  items.length === 3 &&
  items[0]?.complaintsTotal === 2 &&
  items[0]?.contactsTotal === 2 &&
  items[1]?.latestSatisfaction === 'bad' &&
  items[1]?.refundCount === 1 &&
  items[2]?.latestSatisfaction === 'good';
