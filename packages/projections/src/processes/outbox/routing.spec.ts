import { LogTransport } from './log-transport';
import { signatureHeader, verifySignature } from './signature';
import { chooseTransport, errorText, topicMatches, type Addressee, type Transport } from './transport';

const customer: Addressee = { kind: 'customer', customerId: 'c-1', email: 'ada@example.com' };
const staff: Addressee = { kind: 'staff', actorId: 'sup-1' };
const named = (name: string, accepts: (to: Addressee) => boolean): Transport => ({
  name,
  accepts,
  send: () => Promise.resolve({ ok: true }),
});
const email = named('email', (to) => to.kind === 'customer');
const webhook = named('webhook', () => true);
const transports = new Map([email, webhook].map((t) => [t.name, t]));
const log = new LogTransport(() => undefined);

describe('routing outbox messages to transports', () => {
  it('matches exact topics, prefixes and everything', () => {
    expect(topicMatches('refund.failed', 'refund.failed')).toBe(true);
    expect(topicMatches('refund.*', 'refund.settled')).toBe(true);
    expect(topicMatches('refund.*', 'refunds.settled')).toBe(false);
    expect(topicMatches('*', 'sla.breached')).toBe(true);
    expect(topicMatches('refund.failed', 'refund.settled')).toBe(false);
  });

  it('takes the first route whose topics match and whose transport accepts the addressee, else the log', () => {
    const routes = [
      { topics: ['customer.*', 'refund.settled'], transport: 'email' },
      { topics: ['refund.*'], transport: 'webhook' },
    ];
    expect(chooseTransport(routes, transports, 'refund.settled', customer, log)).toBe(email);
    // email takes no staff: the next route does
    expect(chooseTransport(routes, transports, 'refund.settled', staff, log)).toBe(webhook);
    expect(chooseTransport(routes, transports, 'customer.notified', staff, log)).toBe(log);
    expect(chooseTransport(routes, transports, 'sla.breached', customer, log)).toBe(log);
    expect(chooseTransport(routes, transports, 'sla.breached', customer)).toBeUndefined();
    expect(chooseTransport([{ topics: ['*'], transport: 'sms' }], transports, 'x', customer, log)).toBe(log);
  });

  it('keeps stored errors to one bounded line', () => {
    expect(errorText(new Error('boom\n  at x\u0000\u202e'))).toBe('boom at x');
    expect(errorText('x'.repeat(600))).toHaveLength(500);
    expect(errorText(new Error(''))).toBe('unknown error');
  });
});

describe('webhook signatures', () => {
  const secret = 'whsec-0123456789-0123456789-0123456789';
  const at = new Date('2026-12-02T09:00:00Z');
  const body = '{"id":"k-1"}';

  it('verifies its own signature, in time, over the exact body', () => {
    const header = signatureHeader(secret, body, at);
    expect(header).toMatch(/^t=1796202000,v1=[0-9a-f]{64}$/);
    expect(verifySignature(secret, body, header, new Date(at.getTime() + 299_000))).toEqual({
      ok: true,
      timestamp: 1796202000,
    });
    expect(verifySignature(secret, `${body} `, header, at)).toMatchObject({
      reason: 'signature does not match',
    });
    expect(verifySignature(secret, body, header, new Date(at.getTime() + 301_000))).toMatchObject({
      reason: 'timestamp too old',
    });
    expect(verifySignature(secret, body, header, new Date(at.getTime() - 301_000))).toMatchObject({
      ok: false,
    });
  });

  it('refuses missing and malformed headers, and accepts any matching v1 (a secret being rotated)', () => {
    expect(verifySignature(secret, body, undefined, at)).toEqual({ ok: false, reason: 'no signature' });
    expect(verifySignature(secret, body, 'v1=abc', at)).toEqual({ ok: false, reason: 'malformed signature' });
    expect(verifySignature(secret, body, 't=1796202000', at)).toMatchObject({
      reason: 'malformed signature',
    });
    const good = signatureHeader(secret, body, at).split(',')[1]!;
    expect(verifySignature(secret, body, `t=1796202000,v1=00ff,${good}`, at)).toMatchObject({ ok: true });
  });
});
