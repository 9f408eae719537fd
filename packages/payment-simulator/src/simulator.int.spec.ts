import { createServer, type Server } from 'node:http';
import {
  HttpPaymentProvider,
  ProviderUnavailable,
  SIGNATURE_HEADER,
  verifySignature,
} from '@casebook/projections';
import { createSimulator, type Simulator } from './simulator';

const SECRET = 'simulator-test-secret-0123456789abcdef';

/** A merchant that refuses the first `refusals` callbacks, then takes them; what it got, verified. */
function merchant(refusals: number) {
  const received: Array<{ body: string; verified: boolean }> = [];
  let calls = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      calls += 1;
      const header = req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined;
      received.push({ body, verified: verifySignature(SECRET, body, header, new Date()).ok });
      res.writeHead(calls <= refusals ? 503 : 200).end();
    });
  });
  return { server, received };
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );

describe('the payment simulator', () => {
  const hook = merchant(2);
  let sim: Simulator;
  let url: string;
  let provider: HttpPaymentProvider;

  beforeAll(async () => {
    const hookPort = await listen(hook.server);
    sim = createSimulator({
      callbackUrl: `http://127.0.0.1:${hookPort}/payments/callbacks`,
      callbackSecret: SECRET,
      settleDelayMs: 10,
      retryMs: 20,
    });
    url = `http://127.0.0.1:${await sim.listen(0)}`;
    provider = new HttpPaymentProvider({ url });
  });

  afterAll(async () => {
    await sim.close();
    await new Promise((r) => hook.server.close(r));
  });

  const amount = { minor: 1200, currency: 'GBP' };

  it('returns the same refund for the same key, and refuses the key with another request', async () => {
    const first = await provider.issue({ refundId: 'r-1', paymentReference: 'pay_1', amount });
    const again = await provider.issue({ refundId: 'r-1', paymentReference: 'pay_1', amount });
    expect(first).toEqual({ outcome: 'accepted', providerReference: expect.stringMatching(/^sim_re_/) });
    expect(again).toEqual(first);
    await expect(provider.issue({ refundId: 'r-1', paymentReference: 'pay_2', amount })).rejects.toThrow(
      /409/,
    );
  });

  it('refuses a `refuse_` reference at once', async () => {
    const answer = await provider.issue({ refundId: 'r-2', paymentReference: 'refuse_x', amount });
    expect(answer).toEqual({ outcome: 'refused', reason: 'the payment cannot be refunded' });
  });

  it('names the field of a bad request, and answers 503 in an outage (the provider port: unavailable)', async () => {
    const bad = await fetch(`${url}/v1/refunds`, {
      method: 'POST',
      headers: { 'idempotency-key': 'r-3' },
      body: JSON.stringify({ paymentReference: 'pay_3', amount: { minor: -1, currency: 'GBP' } }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'amount.minor' });
    await fetch(`${url}/_control/outage`, { method: 'POST', body: JSON.stringify({ ms: 60_000 }) });
    await expect(
      provider.issue({ refundId: 'r-3', paymentReference: 'pay_3', amount }),
    ).rejects.toBeInstanceOf(ProviderUnavailable);
    await fetch(`${url}/_control/outage`, { method: 'POST', body: JSON.stringify({ ms: 0 }) });
  });

  it('calls back, signed, until the merchant answers 2xx: settled, or failed for `fail_`', async () => {
    await provider.issue({ refundId: 'r-4', paymentReference: 'fail_card', amount });
    type Delivery = { attempts: number; delivered: boolean };
    const deliveries = async () => (await (await fetch(`${url}/_control/callbacks`)).json()) as Delivery[];
    const deadline = Date.now() + 5_000;
    let seen = await deliveries();
    while (!(seen.length === 2 && seen.every((d) => d.delivered)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      seen = await deliveries();
    }
    expect(hook.received.every((r) => r.verified)).toBe(true);
    const failed = hook.received.find((r) => r.body.includes('refund.failed'))!;
    expect(JSON.parse(failed.body)).toMatchObject({
      type: 'refund.failed',
      data: { idempotencyKey: 'r-4', failureReason: 'the card account is closed' },
    });
    expect(seen.map((d) => d.delivered)).toEqual([true, true]); // r-1 settled, r-4 failed
    // The merchant refused the first two callbacks: they were sent again.
    expect(seen.reduce((n, d) => n + d.attempts, 0)).toBe(seen.length + 2);
  });
});
