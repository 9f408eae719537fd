/** Return stories for the returns model's tests and the worked example of docs/reporting.md. */
import type { EventToAppend } from '@casebook/event-store';
import { toAppend } from '../testing';

const DAY = 86_400_000;
const plus = (at: string, days: number) =>
  new Date(Date.parse(at) + days * DAY).toISOString().replace('.000Z', 'Z');

export interface StoryLine {
  readonly sku: string;
  readonly category: string;
  readonly quantity: number;
  readonly unitMinor: number;
  readonly outcome: string;
  readonly disposition: string;
}

export interface Story {
  readonly returnId: string;
  readonly customerId?: string;
  readonly reason: string;
  readonly requestedAt: string;
  readonly carrier: string;
  readonly lines: readonly StoryLine[];
  /** Days from the request to authorisation, receipt and resolution. */
  readonly days: readonly [authorised: number, received: number, resolved: number];
  readonly refundMinor?: number;
}

const who = { kind: 'agent', id: 'agent-1' };
const wh = { kind: 'warehouse', id: 'wh-1' };

/** A return from request to close: every line received whole, inspected and disposed of. */
export function returnStory(s: Story): EventToAppend[] {
  const returnId = s.returnId;
  const gbp = (minor: number) => ({ minor, currency: 'GBP' });
  const [a, r, z] = s.days.map((d) => plus(s.requestedAt, d)) as [string, string, string];
  const value = s.lines.reduce(
    (n, l) => n + (l.outcome === 'customer_damage' ? 0 : l.quantity * l.unitMinor),
    0,
  );
  return [
    toAppend('ReturnRequested', {
      returnId,
      customerId: s.customerId ?? 'cust-1',
      orderReference: `ord-${returnId}`,
      deliveredAt: plus(s.requestedAt, -3),
      lines: s.lines.map((l) => ({
        sku: l.sku,
        description: l.sku,
        category: l.category,
        quantity: l.quantity,
        unitPrice: gbp(l.unitMinor),
      })),
      reason: s.reason,
      channel: 'web',
      requestedBy: who,
      requestedAt: s.requestedAt,
    }),
    toAppend('ReturnAuthorised', {
      returnId,
      method: 'prepaid_label',
      sendBy: plus(a, 14),
      returnReference: `RMA-${returnId}`,
      windowDays: 30,
      authorisedBy: who,
      authorisedAt: a,
    }),
    toAppend('ReturnShipped', { returnId, carrier: s.carrier, trackingNumber: 'T-1', shippedAt: a }),
    toAppend('ReturnReceived', {
      returnId,
      lines: s.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, condition: 'opened' })),
      receivedBy: wh,
      receivedAt: r,
    }),
    toAppend('ReturnInspected', {
      returnId,
      lines: s.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, outcome: l.outcome })),
      evidence: [],
      inspectedBy: wh,
      inspectedAt: r,
    }),
    toAppend('ReturnLinesDisposed', {
      returnId,
      lines: s.lines.map((l) => ({ sku: l.sku, disposition: l.disposition })),
      disposedBy: wh,
      disposedAt: r,
    }),
    toAppend('ReturnResolved', {
      returnId,
      resolution: s.refundMinor === undefined ? 'none' : 'refund',
      ...(s.refundMinor === undefined
        ? {}
        : { refundId: `rf-${returnId}`, refundAmount: gbp(s.refundMinor) }),
      refundableValue: gbp(value),
      restockingFee: gbp(0),
      resolvedBy: who,
      resolvedAt: z,
    }),
    toAppend('ReturnClosed', { returnId, closedAt: z }),
  ];
}
