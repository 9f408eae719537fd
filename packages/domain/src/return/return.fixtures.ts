/** Shared test data for the return specs. */
import { commandsOf, eventsOf, meta } from '../testing';
import type { ActorKind } from '../shared/actor';
import { DEFAULT_RETURN_POLICY } from './codecs';
import { returnCommandPayloads } from './commands';
import type { ReturnContext } from './context';
import { returnEventPayloads, type ReturnEvent } from './events';
import type { ReturnReason } from './codecs';

export const ev = eventsOf(returnEventPayloads);
export const build = commandsOf(returnCommandPayloads);
export const now = '2024-03-10T10:00:00Z';
export const by = (kind: ActorKind, id: string, at = now) => meta(at, kind, id);
export const agent = by('agent', 'agent-1');
export const warehouse = by('warehouse', 'wh-1');
export const gbp = (minor: number) => ({ minor, currency: 'GBP' });
export const returnId = 'ret-1';
export const context: ReturnContext = { policy: DEFAULT_RETURN_POLICY };

/** Two kettles at 40.00 and one toaster at 25.00. */
export const lines = [
  { sku: 'KET-1', description: 'Kettle', category: 'kitchen', quantity: 2, unitPrice: gbp(4000) },
  { sku: 'TOA-1', description: 'Toaster', category: 'kitchen', quantity: 1, unitPrice: gbp(2500) },
];

const requestData = (reason: ReturnReason, deliveredAt: string, complaint: boolean) => ({
  returnId,
  customerId: 'cust-1',
  orderReference: 'ord-1',
  deliveredAt,
  lines,
  reason,
  channel: 'web' as const,
  ...(complaint ? { complaintId: 'c-1' } : {}),
});

export const request = (
  reason: ReturnReason = 'defective',
  deliveredAt = '2024-03-01T10:00:00Z',
  complaint = true,
) => build('RequestReturn', requestData(reason, deliveredAt, complaint), agent);

export const requested = (
  reason: ReturnReason = 'defective',
  deliveredAt = '2024-03-01T10:00:00Z',
  complaint = true,
) =>
  ev('ReturnRequested', {
    ...requestData(reason, deliveredAt, complaint),
    requestedBy: { kind: 'agent', id: 'agent-1' },
    requestedAt: now,
  });

export const authorised = ev('ReturnAuthorised', {
  returnId,
  method: 'prepaid_label',
  sendBy: '2024-03-24T10:00:00Z',
  returnReference: 'RMA-1',
  windowDays: 90,
  authorisedBy: { kind: 'agent', id: 'agent-1' },
  authorisedAt: now,
});
export const shipped = ev('ReturnShipped', {
  returnId,
  carrier: 'DPD',
  trackingNumber: 'T1',
  shippedAt: now,
});
export const received = ev('ReturnReceived', {
  returnId,
  lines: [
    { sku: 'KET-1', quantity: 2, condition: 'opened' },
    { sku: 'TOA-1', quantity: 1, condition: 'damaged' },
  ],
  receivedBy: { kind: 'warehouse', id: 'wh-1' },
  receivedAt: now,
});

/** An inspection of both lines, everything received, with the outcomes given. */
export const inspected = (ketOutcome = 'defective_confirmed', toaOutcome = 'defective_confirmed') =>
  ev('ReturnInspected', {
    returnId,
    lines: [
      { sku: 'KET-1', quantity: 2, outcome: ketOutcome as never },
      { sku: 'TOA-1', quantity: 1, outcome: toaOutcome as never },
    ],
    evidence: [],
    inspectedBy: { kind: 'warehouse', id: 'wh-1' },
    inspectedAt: now,
  });

/** Requested (linked to complaint c-1), authorised, shipped, received. */
export const arrived = (reason: ReturnReason = 'defective'): ReturnEvent[] => [
  requested(reason),
  authorised,
  shipped,
  received,
];
