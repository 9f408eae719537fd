import type { EventToAppend, Json } from '@casebook/event-store';
import { toAppend } from '../testing';
import { CHANNELS, one, type Plot, type Step } from './plot';

/** A contact: queued, accepted by an agent, ended after some talk. */
export function interaction(p: Plot, id: string, customerId: string): Step[] {
  const s = `interaction-${id}`;
  const interactionId = id;
  return [
    one(s, 'InteractionQueued', {
      interactionId,
      customerId,
      channel: p.pick(CHANNELS),
      direction: p.chance(0.8) ? 'inbound' : 'outbound',
      queuedAt: p.later(),
    }),
    one(s, 'InteractionAccepted', { interactionId, agentId: `agent-${p.int(1, 40)}`, acceptedAt: p.later() }),
    one(s, 'InteractionEnded', {
      interactionId,
      summary: 'Customer asked about their order',
      talkSeconds: p.int(30, 900),
      holdSeconds: p.int(0, 120),
      wrapUpSeconds: p.int(10, 180),
      endedAt: p.later(),
    }),
  ];
}

/** A refund linked to its complaint in one append, then approved, issued and settled. */
export function refund(
  p: Plot,
  refundId: string,
  complaintId: string,
  customerId: string,
  minor: number,
): Step[] {
  const s = `refund-${refundId}`;
  const amount = { minor, currency: 'GBP' };
  const requested: EventToAppend = toAppend('RefundRequested', {
    refundId,
    complaintId,
    customerId,
    kind: 'refund',
    paymentReference: `pay-${refundId}`,
    amount,
    reason: 'goodwill',
    requestedBy: { kind: 'agent', id: 'agent-1' },
    requestedAt: p.later(),
    approvalLimit: { minor: 10_000, currency: 'GBP' },
    requiresSupervisorApproval: minor > 10_000,
  });
  const linked = toAppend('RefundLinked', { complaintId, refundId, amount, reason: 'goodwill' });
  return [
    [
      { streamId: s, events: [requested] },
      { streamId: `complaint-${complaintId}`, events: [linked] },
    ],
    one(s, 'RefundApproved', {
      refundId,
      approvedBy: { kind: 'supervisor', id: 'sup-1' },
      approvedAt: p.later(),
    }),
    one(s, 'RefundIssued', { refundId, providerReference: `prov-${refundId}`, issuedAt: p.later() }),
    one(s, 'RefundSettled', { refundId, settledAt: p.later() }),
  ];
}

/** An escalation raised and linked to its complaint in one append, closed later. */
export function escalation(p: Plot, escalationId: string, complaintId: string): Step[] {
  const s = `escalation-${escalationId}`;
  const raised = toAppend('EscalationRaised', {
    escalationId,
    complaintId,
    level: p.int(1, 3),
    trigger: p.chance(0.5) ? 'manual' : 'sla_breach',
    reason: 'Customer unhappy with progress',
    raisedAt: p.later(),
  });
  return [
    [
      { streamId: s, events: [raised] },
      {
        streamId: `complaint-${complaintId}`,
        events: [toAppend('EscalationLinked', { complaintId, escalationId })],
      },
    ],
    one(s, 'EscalationClosed', { escalationId, resolution: 'Handled by a supervisor', closedAt: p.later() }),
  ];
}

/**
 * A return linked to its complaint in one append, then authorised, shipped, received, inspected,
 * disposed of and resolved with a repair (a refund would be a refund story of its own).
 */
export function productReturn(p: Plot, returnId: string, complaintId: string, customerId: string): Step[] {
  const s = `return-${returnId}`;
  const sku = `SKU-${p.int(1, 50)}`;
  const quantity = p.int(1, 3);
  const outcome = p.pick(['defective_confirmed', 'as_described', 'damaged_in_transit', 'customer_damage']);
  const warehouse = { kind: 'warehouse', id: `wh-${p.int(1, 5)}` };
  const requestedAt = p.later();
  const requested = toAppend('ReturnRequested', {
    returnId,
    customerId,
    complaintId,
    orderReference: `ord-${returnId}`,
    deliveredAt: requestedAt,
    lines: [
      {
        sku,
        description: 'Kettle',
        category: 'kitchen',
        quantity,
        unitPrice: { minor: p.int(500, 9_000), currency: 'GBP' },
      },
    ],
    reason: p.pick(['defective', 'damaged_in_transit', 'changed_mind']),
    channel: p.pick(CHANNELS),
    requestedBy: { kind: 'agent', id: 'agent-1' },
    requestedAt,
  });
  const lines = (extra: Record<string, Json>) => [{ sku, ...extra }];
  const steps: Step[] = [
    [
      { streamId: s, events: [requested] },
      { streamId: `complaint-${complaintId}`, events: [toAppend('ReturnLinked', { complaintId, returnId })] },
    ],
    one(s, 'ReturnAuthorised', {
      returnId,
      method: 'prepaid_label',
      sendBy: '2100-01-01T00:00:00.000Z',
      returnReference: `RMA-${returnId}`,
      windowDays: 30,
      authorisedBy: { kind: 'agent', id: 'agent-1' },
      authorisedAt: p.later(),
    }),
    one(s, 'ReturnShipped', {
      returnId,
      carrier: p.pick(['DPD', 'Evri', 'Royal Mail']),
      trackingNumber: 'T-1',
      shippedAt: p.later(),
    }),
    one(s, 'ReturnReceived', {
      returnId,
      lines: lines({ quantity, condition: 'opened' }),
      receivedBy: warehouse,
      receivedAt: p.later(),
    }),
    one(s, 'ReturnInspected', {
      returnId,
      lines: lines({ quantity, outcome }),
      evidence: [],
      inspectedBy: warehouse,
      inspectedAt: p.later(),
    }),
    one(s, 'ReturnLinesDisposed', {
      returnId,
      lines: lines({ disposition: p.pick(['restock', 'refurbish', 'scrap']) }),
      disposedBy: warehouse,
      disposedAt: p.later(),
    }),
  ];
  // Resolved and closed in one append: every line already has a disposition.
  const resolvedAt = p.later();
  steps.push([
    {
      streamId: s,
      events: [
        toAppend('ReturnResolved', {
          returnId,
          resolution: 'repair',
          refundableValue: { minor: 0, currency: 'GBP' },
          restockingFee: { minor: 0, currency: 'GBP' },
          resolvedBy: { kind: 'agent', id: 'agent-1' },
          resolvedAt,
        }),
        toAppend('ReturnClosed', { returnId, closedAt: resolvedAt }),
      ],
    },
  ]);
  return steps;
}
