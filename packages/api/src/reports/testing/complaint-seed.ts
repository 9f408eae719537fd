import type { TestApi } from '../../testing';
import { act, eventually, file, itemsOf, type Row, type TestClock } from './report-fixtures';

export const T0 = '2024-03-04T09:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000);

/**
 * Twelve complaints, filed through the API: six at T0 (ties on filedAt), three an hour later
 * (CFPB: first response due in 15 days), three two days later (one under no regime). Teams,
 * owners, statuses, an escalation, a refund and two categories a spreadsheet would misread.
 */
export async function seedComplaints(api: TestApi, clock: TestClock): Promise<void> {
  clock.now = at(0);
  await file(api, 'c-01', { channel: 'email', priority: 'urgent' });
  await file(api, 'c-02', { channel: 'phone' });
  await file(api, 'c-03', { channel: 'chat' });
  await file(api, 'c-04', { channel: 'email' });
  await file(api, 'c-05', { channel: 'phone' });
  await file(api, 'c-06', { channel: 'chat', category: '=HYPERLINK("http://evil")' });
  clock.now = at(1);
  await file(api, 'c-07', { channel: 'email', regime: 'CFPB', category: 'said "no", twice' });
  await file(api, 'c-08', { channel: 'phone', regime: 'CFPB' });
  await file(api, 'c-09', { channel: 'chat' });
  clock.now = at(48);
  await file(api, 'c-10', { channel: 'email', customerId: 'cust-2' });
  await file(api, 'c-11', { channel: 'phone', customerId: 'cust-2' });
  await file(api, 'c-12', { channel: 'chat', regime: 'NONE' });
  await work(api, clock);
  await eventually(api, '/reports/complaints?limit=500', (res) => settled(itemsOf(res)));
}

async function work(api: TestApi, clock: TestClock): Promise<void> {
  for (const [id, owner, team] of [
    ['c-01', 'ana', 'logistics'],
    ['c-02', 'ana', 'logistics'],
    ['c-03', 'bob', 'logistics'],
    ['c-04', 'bob', 'logistics'],
    ['c-05', 'ana', 'billing'],
    ['c-06', 'ana', 'billing'],
    ['c-07', 'ana', 'billing'],
    ['c-08', 'ana', 'billing'],
  ])
    await act(api, id!, 'assign', { ownerId: owner, team });
  await act(api, 'c-02', 'request-information', { requestId: 'q1', question: 'Which order?' });
  await act(api, 'c-03', 'hold', { reason: 'waiting on the courier' });
  clock.now = at(49);
  await act(api, 'c-04', 'final-response', {
    outcome: 'upheld',
    referralRightsStated: true,
    message: 'Sorry',
  });
  await act(api, 'c-04', 'root-cause', { category: 'billing', description: 'double charge' });
  await act(api, 'c-04', 'resolve', { resolution: 'refunded' });
  const agent = api.auth('agent', 'ana');
  const escalation = { level: 2, trigger: 'manual', reason: 'stuck' };
  const raised = await api.request({
    method: 'POST',
    url: '/complaints/c-01/escalations',
    body: escalation,
    headers: agent,
  });
  expect(raised.status).toBe(201);
  const refund = {
    complaintId: 'c-05',
    kind: 'refund',
    paymentReference: 'pay-1',
    amount: { minor: 1000, currency: 'GBP' },
    reason: 'duplicate',
  };
  expect((await api.request({ method: 'POST', url: '/refunds', body: refund, headers: agent })).status).toBe(
    201,
  );
}

/** Every command above is in the read model. */
const settled = (items: Row[]): boolean => {
  const by = Object.fromEntries(items.map((i) => [i.complaintId, i]));
  return (
    items.length === 12 &&
    by['c-01']?.escalationLevel === 2 &&
    by['c-02']?.status === 'awaiting_customer' &&
    by['c-03']?.status === 'on_hold' &&
    by['c-04']?.status === 'resolved' &&
    by['c-05']?.refundCount === 1 &&
    items.filter((i) => i.team !== null).length === 8
  );
};

export const ALL = Array.from({ length: 12 }, (_, i) => `c-${String(i + 1).padStart(2, '0')}`);
export const hoursAfterT0 = at;
