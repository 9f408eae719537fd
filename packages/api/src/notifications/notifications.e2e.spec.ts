import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { customerNotifiedKey, verifySignature } from '@casebook/projections';
import { ROLES, type Role } from '../auth/jwt';
import { OutboxDelivery } from '../processes/outbox-delivery';
import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

const SECRET = 'whsec-e2e-0123456789-0123456789-abcdef';

/** A real webhook receiver whose answer the test sets; it remembers every request. */
let answer = 200;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
let receiver: Server;
let api: TestApi;
let now = new Date();

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  api = await startTestApi({
    clock: () => now,
    processes: {
      run: true,
      pollIntervalMs: 50,
      // The test delivers (deliverDue) at the instants it sets; the worker's own loop stays asleep.
      notifications: { webhook: { urls: [url], secret: SECRET }, maxAttempts: 3, pollMs: 3_600_000 },
    },
  });
});
afterAll(async () => {
  await api.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

const worker = () => api.app.get(OutboxDelivery).worker!;
const agent = () => api.auth('agent', 'ana');
const admin = () => api.auth('admin', 'root');

/** A customer and a complaint of theirs; resolves to the complaint id. */
async function complaintOf(customerId: string): Promise<string> {
  await post(api, '/customers', { customerId, name: 'Ada Lovelace', email: 'ada@example.com' }, agent());
  const res = await post(api, '/complaints', filing({ customerId }), agent());
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** Notifies the customer; resolves to the outbox message's key once the process queued it. */
async function notify(complaintId: string, notificationId: string): Promise<string> {
  const body = { notificationId, kind: 'refund_sent', message: 'Your refund is on its way' };
  const res = await post(api, `/complaints/${complaintId}/notify-customer`, body, agent());
  expect(res.status).toBe(200);
  const { events } = await api.store.readStream(`complaint-${complaintId}`);
  const key = customerNotifiedKey(events.find((e) => e.type === 'CustomerNotified')!.eventId);
  const deadline = Date.now() + 10_000;
  while ((await api.db.pool.query('SELECT 1 FROM outbox WHERE key = $1', [key])).rowCount === 0) {
    if (Date.now() > deadline) throw new Error(`no outbox message ${key}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return key;
}

/** Delivers what is due, then moves the clock an hour on (past any backoff). */
async function round(): Promise<void> {
  await worker().deliverDue();
  now = new Date(now.getTime() + 3_600_000);
}

const notifications = (id: string, role: Role = 'auditor') =>
  api.request({ method: 'GET', url: `/complaints/${id}/notifications`, headers: api.auth(role) });
const history = async (id: string) =>
  (await api.request({ method: 'GET', url: `/complaints/${id}/history`, headers: api.auth('auditor') })).body
    .items as { type: string; data: Record<string, unknown>; actor: { id: string } }[];

beforeAll(async () => {
  // `startFrom: 'now'`: the process must have taken its starting point before the first notice.
  const deadline = Date.now() + 10_000;
  while (
    (await api.db.pool.query("SELECT 1 FROM process_checkpoints WHERE name = 'notifications'")).rowCount === 0
  ) {
    if (Date.now() > deadline) throw new Error('the notifications process did not start');
    await new Promise((r) => setTimeout(r, 25));
  }
});

describe('notifications through the outbox, over HTTP', () => {
  it('a webhook that fails twice then succeeds: delivered once, shown over HTTP and in the history', async () => {
    const complaintId = await complaintOf('cust-n1');
    const key = await notify(complaintId, 'n-1');
    received.length = 0;
    for (const status of [500, 500, 200]) {
      answer = status;
      await round();
    }
    await round(); // nothing more to send
    expect(received.map((r) => r.headers['idempotency-key'])).toEqual([key, key, key]);
    const last = received[2]!;
    const signed = verifySignature(
      SECRET,
      last.body,
      last.headers['casebook-signature'] as string,
      now,
      86_400,
    );
    expect(signed.ok).toBe(true);
    expect(JSON.parse(last.body)).toMatchObject({
      id: key,
      topic: 'customer.notified',
      complaintId,
      to: { kind: 'customer', customerId: 'cust-n1', email: 'ada@example.com' },
      body: { message: 'Your refund is on its way', notificationId: 'n-1' },
    });

    const res = await notifications(complaintId);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        key,
        status: 'delivered',
        transport: 'webhook',
        attempts: 3,
        lastError: expect.stringMatching(/HTTP 500/),
        deliveredAt: expect.any(String),
        recipient: { kind: 'customer', customerId: 'cust-n1' },
      }),
    ]);
    const delivered = (await history(complaintId)).filter((e) => e.type === 'NotificationDelivered');
    expect(delivered).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ messageKey: key, transport: 'webhook', attempts: 3 }),
        actor: expect.objectContaining({ id: 'process:outbox' }),
      }),
    ]);
  });

  it('dead after the last attempt, listed for admins, recorded, retried by an admin and then delivered', async () => {
    const complaintId = await complaintOf('cust-n2');
    const key = await notify(complaintId, 'n-2');
    answer = 503;
    for (let i = 0; i < 4; i++) await round();
    const dead = (await notifications(complaintId)).body.items[0];
    expect(dead).toMatchObject({ key, status: 'dead', attempts: 3 });
    const list = await api.request({ method: 'GET', url: '/outbox/dead-letters', headers: admin() });
    expect(list.body.items).toContainEqual(expect.objectContaining({ id: dead.id, key }));
    expect((await history(complaintId)).filter((e) => e.type === 'NotificationDeliveryFailed')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ messageKey: key, attempts: 3 }) }),
    ]);

    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const denied = await post(api, `/outbox/${dead.id as string}/retry`, {}, api.auth(role));
      expect(denied).toMatchObject({ status: 403, body: { code: 'Forbidden' } });
    }
    const retried = await post(api, `/outbox/${dead.id as string}/retry`, {}, admin());
    expect(retried).toMatchObject({ status: 200, body: { key, status: 'pending', attempts: 0 } });
    expect(await post(api, `/outbox/${key}/retry`, {}, admin())).toMatchObject({
      status: 409,
      body: { code: 'NotDead' },
    });
    answer = 200;
    await round();
    expect((await notifications(complaintId)).body.items[0]).toMatchObject({
      status: 'delivered',
      attempts: 1,
    });
    const outcomes = (await history(complaintId))
      .map((e) => e.type)
      .filter((t) => t.startsWith('Notification'));
    expect(outcomes).toEqual(['NotificationDeliveryFailed', 'NotificationDelivered']);
  });

  it('an erased customer is never sent anything: the message is dead, saying why', async () => {
    await post(
      api,
      '/customers',
      { customerId: 'cust-gone', name: 'Gone', email: 'gone@example.com' },
      agent(),
    );
    const erasure = { reason: 'asked to be forgotten', legalBasis: 'consent_withdrawn' };
    expect((await post(api, '/customers/cust-gone/erasure', erasure, admin())).status).toBe(200);
    await api.db.pool.query(
      `INSERT INTO outbox (key, process, topic, recipient, subject, body, causation_id, correlation_id, next_attempt_at)
       VALUES ('refund.settled:r-gone', 'refunds', 'refund.settled', '{"kind":"customer","customerId":"cust-gone"}',
               'Your refund has settled', '{"message":"done"}', 'c', 'c', $1)`,
      [now],
    );
    received.length = 0;
    answer = 200;
    await round();
    expect(received).toEqual([]);
    const row = await api.db.pool.query(
      "SELECT status, last_error FROM outbox WHERE key = 'refund.settled:r-gone'",
    );
    expect(row.rows[0]).toEqual({
      status: 'dead',
      last_error: 'customer cust-gone was erased: no address to send to',
    });
  });

  it('refuses bad requests by field, and unknown complaints and messages', async () => {
    expect(await notifications('no-such-complaint')).toMatchObject({ status: 404 });
    const badQuery = await api.request({
      method: 'GET',
      url: '/outbox/dead-letters?limit=0&x=1',
      headers: admin(),
    });
    expect(badQuery).toMatchObject({ status: 400, body: { code: 'InvalidInput' } });
    const errors = badQuery.body.errors as { path: string }[];
    expect(errors.map((e) => e.path).sort()).toEqual(['limit', 'x']);
    expect(await post(api, '/outbox/999999/retry', {}, admin())).toMatchObject({ status: 404 });
    expect(await post(api, `/outbox/${'k'.repeat(201)}/retry`, {}, admin())).toMatchObject({
      status: 400,
      body: { errors: [{ path: 'id' }] },
    });
    expect((await notifications('x', 'analyst')).status).toBe(403);
  });
});
