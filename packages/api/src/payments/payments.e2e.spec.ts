import {
  HttpPaymentProvider,
  paymentsProcess,
  type ProviderRefundRequest,
  signatureHeader,
  SIGNATURE_HEADER,
  TimerWorker,
} from '@casebook/projections';
import { ProcessWorkers } from '../processes/process-workers';
import { SystemCommands } from '../processes/system-commands';
import { startTestApi, type TestApi } from '../testing';
import type { Child } from '../testing/processes';
import {
  CALLBACK_SECRET,
  freePort,
  refundEvents,
  requestRefund,
  simulator,
  startSimulator,
  typesOf,
  until,
} from './payments.fixtures';

/**
 * Refunds through a payment provider, end to end: the API with its processes running, and the
 * payment simulator as a process of its own, calling the API back with signed callbacks.
 */
describe('refunds through a payment provider', () => {
  let api: TestApi;
  let sim: Child;
  let provider: ReturnType<typeof simulator>;
  let providerUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    providerUrl = url;
    api = await startTestApi({
      processes: {
        run: true,
        pollIntervalMs: 50,
        timerPollMs: 100,
        payments: { provider: new HttpPaymentProvider({ url }), callbackSecret: CALLBACK_SECRET },
      },
    });
    sim = await startSimulator(port, `${await api.app.getUrl()}/payments/callbacks`);
    provider = simulator(url);
  }, 60_000);

  afterAll(async () => {
    await sim?.kill();
    await api?.close();
  });

  const settled = (refundId: string) =>
    until(
      () => refundEvents(api, refundId),
      (events) => typesOf(events).includes('RefundSettled'),
    );

  it('issues a refund within the limit without approval, as the system, and settles it by callback', async () => {
    const { refundId } = await requestRefund(api, 'pay_within_1', 1_500);
    const events = await settled(refundId);
    expect(typesOf(events)).toEqual(['RefundRequested', 'RefundIssued', 'RefundSettled']);
    const [requested, issued] = events;
    const [mine] = (await provider.refunds()).filter((r) => r.idempotencyKey === refundId);
    expect(issued!.data).toMatchObject({ providerReference: mine!.id });
    expect(issued!.metadata).toMatchObject({
      actor: { kind: 'system', id: 'process:payments' },
      causationId: requested!.eventId,
      correlationId: requested!.metadata.correlationId,
    });
    // The customer is told through the outbox, once.
    const rows = await until(
      async () =>
        (
          await api.db.pool.query<Record<string, unknown>>(
            `SELECT topic, recipient FROM outbox WHERE body->>'refundId' = $1`,
            [refundId],
          )
        ).rows,
      (r) => r.length > 0,
    );
    expect(rows).toEqual([
      { topic: 'refund.settled', recipient: { kind: 'customer', customerId: 'cust-1' } },
    ]);
  });

  it('refuses to issue a refund over the limit before approval, and pays it once a supervisor approved', async () => {
    const { refundId } = await requestRefund(api, 'pay_over_1', 60_000);
    const early = await api.request({
      method: 'POST',
      url: `/refunds/${refundId}/issue`,
      body: { providerReference: 'manual-1' },
      headers: api.auth('agent', 'agent-2'),
    });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('SupervisorApprovalRequired');
    // The process has read the request (its checkpoint is past it) and scheduled nothing for it.
    const [requested] = await refundEvents(api, refundId);
    await until(
      async () =>
        (
          await api.db.pool.query<{ position: string }>(
            `SELECT position FROM process_checkpoints WHERE name = 'payments'`,
          )
        ).rows,
      (r) => BigInt(r[0]?.position ?? -1) >= requested!.globalPosition,
    );
    const { rows } = await api.db.pool.query('SELECT key FROM process_timers WHERE key = $1', [
      `payments:${refundId}:issue`,
    ]);
    expect(rows).toEqual([]);
    expect((await provider.refunds()).some((r) => r.idempotencyKey === refundId)).toBe(false);
    const approved = await api.request({
      method: 'POST',
      url: `/refunds/${refundId}/approve`,
      body: {},
      headers: api.auth('supervisor', 'sup-1'),
    });
    expect(approved.status).toBe(200);
    const events = await settled(refundId);
    expect(typesOf(events)).toEqual(['RefundRequested', 'RefundApproved', 'RefundIssued', 'RefundSettled']);
    expect(events[2]!.metadata.causationId).toBe(events[1]!.eventId);
  });

  it('fails a refund the provider fails by callback, and tells the complaint owner', async () => {
    const { refundId } = await requestRefund(api, 'fail_card_closed', 2_000);
    const events = await until(
      () => refundEvents(api, refundId),
      (e) => typesOf(e).includes('RefundFailed'),
    );
    expect(typesOf(events)).toEqual(['RefundRequested', 'RefundIssued', 'RefundFailed']);
    expect(events[2]!.data).toMatchObject({ failureReason: 'the card account is closed' });
    const rows = await until(
      async () =>
        (
          await api.db.pool.query<Record<string, unknown>>(
            `SELECT topic, recipient, body FROM outbox WHERE body->>'refundId' = $1`,
            [refundId],
          )
        ).rows,
      (r) => r.length > 0,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        topic: 'refund.failed',
        recipient: { kind: 'staff', actorId: 'owner-7' },
        body: expect.objectContaining({ team: 'billing', failureReason: 'the card account is closed' }),
      }),
    ]);
  });

  it('tells the refund requester of a failure when the complaint has no owner yet', async () => {
    const { refundId } = await requestRefund(api, 'fail_unowned', 2_000, false);
    const rows = await until(
      async () =>
        (
          await api.db.pool.query<Record<string, unknown>>(
            `SELECT topic, recipient FROM outbox WHERE body->>'refundId' = $1`,
            [refundId],
          )
        ).rows,
      (r) => r.length > 0,
    );
    expect(rows).toEqual([{ topic: 'refund.failed', recipient: { kind: 'staff', actorId: 'agent-1' } }]);
  });

  it('fails a refund the provider refuses at once, without a callback', async () => {
    const { refundId } = await requestRefund(api, 'refuse_blocked', 2_000);
    const events = await until(
      () => refundEvents(api, refundId),
      (e) => typesOf(e).includes('RefundFailed'),
    );
    expect(typesOf(events)).toEqual(['RefundRequested', 'RefundFailed']);
    expect(events[1]!.data).toMatchObject({
      failureReason: expect.stringMatching(/^refused by the payment provider/),
    });
  });

  it('retries while the provider is down and issues once after it recovers', async () => {
    await provider.outage(1_500);
    const { refundId } = await requestRefund(api, 'pay_outage_1', 1_000);
    const events = await settled(refundId);
    expect(typesOf(events).filter((t) => t === 'RefundIssued')).toHaveLength(1);
    const { rows } = await api.db.pool.query<{ attempts: number; last_error: string }>(
      'SELECT attempts, last_error FROM process_timers WHERE key = $1',
      [`payments:${refundId}:issue`],
    );
    expect(rows[0]!.attempts).toBeGreaterThan(1);
    expect(rows[0]!.last_error).toMatch(/503/);
    expect((await provider.refunds()).filter((r) => r.idempotencyKey === refundId)).toHaveLength(1);
  });

  it('asks again after a worker died between the provider accepting and the issue, and issues once', async () => {
    const workers = api.app.get(ProcessWorkers);
    await workers.timers!.stop(); // the app's own worker stands back while the doomed one claims
    let release: (e: Error) => void = () => undefined;
    const died = new Promise<never>((_, reject) => (release = reject));
    died.catch(() => undefined); // awaited by the doomed firing; never an unhandled rejection
    const real = new HttpPaymentProvider({ url: providerUrl });
    // Accepted at the provider, then the worker is gone before it records anything.
    const doomedProvider = { issue: async (r: ProviderRefundRequest) => (await real.issue(r), died) };
    const doomed = new TimerWorker({
      pool: api.db.pool,
      store: api.store,
      commands: api.app.get(SystemCommands),
      processes: [paymentsProcess({ provider: doomedProvider })],
      owner: 'doomed',
      leaseMs: 300,
    });
    try {
      const { refundId } = await requestRefund(api, 'pay_restart_1', 1_000);
      const key = `payments:${refundId}:issue`;
      await until(
        async () =>
          (
            await api.db.pool.query<{ one: number }>('SELECT 1 AS one FROM process_timers WHERE key = $1', [
              key,
            ])
          ).rows,
        (r) => r.length > 0,
      );
      const firing = doomed.fireDue();
      await until(provider.refunds, (rs) => rs.some((r) => r.idempotencyKey === refundId));
      workers.timers!.start(); // the next worker (a restarted process): it takes the timer once the lease ran out
      const events = await settled(refundId);
      expect(typesOf(events)).toEqual(['RefundRequested', 'RefundIssued', 'RefundSettled']);
      release(new Error('the doomed worker wakes up late'));
      await firing; // its late completion finds the claim gone and records nothing
      const [mine, ...more] = (await provider.refunds()).filter((r) => r.idempotencyKey === refundId);
      expect(more).toEqual([]);
      expect(mine!.requests).toBe(2);
      expect(events[1]!.data).toMatchObject({ providerReference: mine!.id });
      const { rows } = await api.db.pool.query(
        'SELECT status, last_error FROM process_timers WHERE key = $1',
        [key],
      );
      expect(rows).toEqual([{ status: 'fired', last_error: null }]);
    } finally {
      release(new Error('test over'));
      workers.timers!.start();
    }
  });

  describe('callbacks', () => {
    const send = (body: string, signature?: string) =>
      api.request({
        method: 'POST',
        url: '/payments/callbacks',
        body,
        headers: signature === undefined ? {} : { [SIGNATURE_HEADER]: signature },
      });
    const sign = (body: string, at = new Date()) => signatureHeader(CALLBACK_SECRET, body, at);

    it('acts on a replayed callback once: the second answers 200 and changes nothing', async () => {
      const { refundId } = await requestRefund(api, 'pay_replay_1', 1_000);
      await settled(refundId);
      // The simulator marks it delivered once it has read the answer: just after the event is written.
      const delivered = await until(
        async () => (await provider.callbacks()).find((c) => c.event.data.idempotencyKey === refundId),
        (c) => c?.delivered === true,
      );
      const body = JSON.stringify(delivered!.event);
      const before = await refundEvents(api, refundId);
      const again = await send(body, sign(body));
      expect(again.status).toBe(200);
      expect(again.body).toEqual({
        eventId: delivered!.event.id,
        refundId,
        outcome: 'settled',
        replay: true,
      });
      expect(await refundEvents(api, refundId)).toHaveLength(before.length);
    });

    it('refuses a bad signature (401), a stale or missing one and a bad field (400), changing nothing', async () => {
      const { refundId } = await requestRefund(api, 'pay_forged_1', 1_000);
      await settled(refundId);
      const before = await refundEvents(api, refundId);
      const failed = JSON.stringify({
        id: 'evt_forged_1',
        type: 'refund.failed',
        data: { id: 'sim_re_x', idempotencyKey: refundId, failureReason: 'forged' },
      });
      const forged = await send(
        failed,
        signatureHeader('another-secret-another-secret-0123', failed, new Date()),
      );
      expect(forged.status).toBe(401);
      expect(forged.body.code).toBe('InvalidSignature');
      const stale = await send(failed, sign(failed, new Date(Date.now() - 3_600_000)));
      expect(stale.status).toBe(400);
      expect(stale.body.errors).toEqual([
        { path: SIGNATURE_HEADER, reason: 'signed too long ago or in the future' },
      ]);
      const future = await send(failed, sign(failed, new Date(Date.now() + 3_600_000)));
      expect(future.status).toBe(400);
      const unsigned = await send(failed);
      expect(unsigned.status).toBe(400);
      expect(unsigned.body.errors[0].path).toBe(SIGNATURE_HEADER);
      const tampered = await send(failed.replace('forged', 'tampered'), sign(failed));
      expect(tampered.status).toBe(401);
      const incomplete = JSON.stringify({
        id: 'evt_forged_2',
        type: 'refund.failed',
        data: { id: 'sim_re_x' },
      });
      const bad = await send(incomplete, sign(incomplete));
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((bad.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
        'data.idempotencyKey',
        'data.failureReason',
      ]);
      expect(await refundEvents(api, refundId)).toHaveLength(before.length);
      const { rows } = await api.db.pool.query(
        `SELECT 1 FROM payment_callbacks WHERE event_id LIKE 'evt_forged%'`,
      );
      expect(rows).toEqual([]);
    });
  });
});
