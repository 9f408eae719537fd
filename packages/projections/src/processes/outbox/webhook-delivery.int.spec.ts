import { LogTransport } from './log-transport';
import { OutboxWorker } from './outbox-worker';
import { enqueue, outboxRow, startReceiver, type TestReceiver } from './outbox-testing';
import { retryDeadLetter } from './outbox-queries';
import { verifySignature } from './signature';
import { WebhookTransport } from './webhook-transport';
import { openProjectionTestbed, type ProjectionTestbed } from '../../testing';

const SECRET = 'whsec-test-0123456789-0123456789-abcdef';
const staff = { kind: 'staff', actorId: 'sup-1' } as const;

let bed: ProjectionTestbed;
let receiver: TestReceiver | undefined;
let now: Date;
beforeAll(async () => (bed = await openProjectionTestbed()));
afterAll(() => bed.close());
beforeEach(async () => {
  now = new Date('2026-03-02T09:00:00Z');
  await bed.db.pool.query('DELETE FROM outbox');
});
afterEach(() => receiver?.close());

const worker = (url: string, maxAttempts = 8, owner?: string) =>
  new OutboxWorker({
    pool: bed.db.pool,
    store: bed.store,
    transports: [new WebhookTransport({ urls: [url], secret: SECRET, timeoutMs: 5_000 })],
    routes: [{ topics: ['refund.*'], transport: 'webhook' }],
    fallback: new LogTransport(() => undefined),
    clock: () => now,
    maxAttempts,
    ...(owner === undefined ? {} : { owner }),
  });

/** Moves the clock past the message's next attempt. */
const untilDue = async (key: string) => {
  now = new Date((await outboxRow(bed.db.pool, key)).next_attempt_at.getTime() + 1);
};

describe('webhook delivery', () => {
  it('a webhook that fails twice then succeeds is delivered once per key, signed, with backoff', async () => {
    receiver = await startReceiver([500, 500, 200]);
    const key = await enqueue(bed.db.pool, staff, now);
    const w = worker(receiver.url);
    expect(await w.deliverDue()).toBe(1);
    const first = await outboxRow(bed.db.pool, key);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, transport: 'webhook' });
    expect(first.last_error).toMatch(/HTTP 500/);
    expect(first.next_attempt_at.getTime()).toBeGreaterThan(now.getTime());
    expect(await w.deliverDue()).toBe(0); // not due yet: backoff
    await untilDue(key);
    await w.deliverDue();
    await untilDue(key);
    await w.deliverDue();
    expect(await outboxRow(bed.db.pool, key)).toMatchObject({
      status: 'delivered',
      attempts: 3,
      delivered_at: now,
    });
    now = new Date(now.getTime() + 3_600_000);
    expect(await w.deliverDue()).toBe(0);

    const got = receiver.received;
    expect(got.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(new Set(got.map((r) => r.headers['idempotency-key']))).toEqual(new Set([key]));
    expect(got.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of got) {
      expect(r.headers['casebook-message-id']).toBe(key);
      // Each attempt is signed at its own time, all within two hours of now.
      const signature = r.headers['casebook-signature'] as string;
      expect(verifySignature(SECRET, r.body, signature, now, 7200)).toEqual({
        ok: true,
        timestamp: expect.any(Number),
      });
      const forged = { ok: false, reason: 'signature does not match' };
      expect(verifySignature('another-secret-0123456789-0123456789', r.body, signature, now, 7200)).toEqual(
        forged,
      );
      expect(verifySignature(SECRET, r.body.replace('refund', 'refunt'), signature, now, 7200)).toEqual(
        forged,
      );
      expect(JSON.parse(r.body)).toMatchObject({ id: key, topic: 'refund.failed', to: staff });
    }
    const late = new Date(now.getTime() + 2 * 3_600_000);
    expect(
      verifySignature(SECRET, got[2]!.body, got[2]!.headers['casebook-signature'] as string, late),
    ).toEqual({
      ok: false,
      reason: 'timestamp too old',
    });
  });

  it('dead-letters after the last attempt, and an operator retry delivers it', async () => {
    receiver = await startReceiver([503, 503, 503, 200]);
    const key = await enqueue(bed.db.pool, staff, now);
    const w = worker(receiver.url, 3);
    for (let i = 0; i < 3; i++) {
      await w.deliverDue();
      if (i < 2) await untilDue(key);
    }
    expect(await outboxRow(bed.db.pool, key)).toMatchObject({ status: 'dead', attempts: 3 });
    now = new Date(now.getTime() + 86_400_000);
    expect(await w.deliverDue()).toBe(0); // dead stays dead
    expect(await retryDeadLetter(bed.db.pool, key, now)).toMatchObject({ outcome: 'retried' });
    expect(await retryDeadLetter(bed.db.pool, key, now)).toMatchObject({ outcome: 'not-dead' });
    expect(await retryDeadLetter(bed.db.pool, 'no-such-key', now)).toEqual({ outcome: 'not-found' });
    await w.deliverDue();
    expect(await outboxRow(bed.db.pool, key)).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(receiver.received).toHaveLength(4);
  });

  it('a 4xx other than 408 and 429 is dead at once; 429 is retried', async () => {
    receiver = await startReceiver([429, 400]);
    const key = await enqueue(bed.db.pool, staff, now);
    const w = worker(receiver.url);
    await w.deliverDue();
    expect(await outboxRow(bed.db.pool, key)).toMatchObject({ status: 'pending', attempts: 1 });
    await untilDue(key);
    await w.deliverDue();
    const row = await outboxRow(bed.db.pool, key);
    expect(row).toMatchObject({ status: 'dead', attempts: 2 });
    expect(row.last_error).toMatch(/HTTP 400/);
  });

  it('two workers never send one message twice, nor at once', async () => {
    receiver = await startReceiver([200], 30);
    const keys = await Promise.all(Array.from({ length: 24 }, () => enqueue(bed.db.pool, staff, now)));
    const [a, b] = [worker(receiver.url, 8, 'worker-a'), worker(receiver.url, 8, 'worker-b')];
    const drain = async (w: OutboxWorker) => {
      while ((await w.deliverDue()) > 0);
    };
    await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
    const sent = receiver.received.map((r) => r.headers['idempotency-key']);
    expect(sent.sort()).toEqual([...keys].sort());
    const rows = await bed.db.pool.query<{ status: string; n: string }>(
      'SELECT status, count(*) AS n FROM outbox GROUP BY status',
    );
    expect(rows.rows).toEqual([{ status: 'delivered', n: '24' }]);
  });

  it('a worker that died holding a message: sent again after its lease, with the same key', async () => {
    receiver = await startReceiver([200]);
    const key = await enqueue(bed.db.pool, staff, now);
    // A worker claimed it and died mid-send, before it wrote the outcome.
    await bed.db.pool.query('UPDATE outbox SET claimed_by = $2, claimed_until = $3 WHERE key = $1', [
      key,
      'dead-worker',
      new Date(now.getTime() + 60_000),
    ]);
    const w = worker(receiver.url);
    expect(await w.deliverDue()).toBe(0); // still the dead worker's
    now = new Date(now.getTime() + 61_000);
    expect(await w.deliverDue()).toBe(1);
    expect(await outboxRow(bed.db.pool, key)).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(receiver.received.map((r) => r.headers['idempotency-key'])).toEqual([key]);
  });

  it('a message no route takes goes to the log transport', async () => {
    receiver = await startReceiver([200]);
    const lines: unknown[] = [];
    const w = new OutboxWorker({
      pool: bed.db.pool,
      store: bed.store,
      transports: [new WebhookTransport({ urls: [receiver.url], secret: SECRET })],
      routes: [{ topics: ['refund.*'], transport: 'webhook' }],
      fallback: new LogTransport((line) => lines.push(line)),
      clock: () => now,
    });
    const key = await enqueue(bed.db.pool, staff, now, { topic: 'sla.breached' });
    await w.deliverDue();
    expect(await outboxRow(bed.db.pool, key)).toMatchObject({ status: 'delivered', transport: 'log' });
    expect(lines).toEqual([expect.objectContaining({ key, topic: 'sla.breached' })]);
    expect(receiver.received).toHaveLength(0);
  });
});
