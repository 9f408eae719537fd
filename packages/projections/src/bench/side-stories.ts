import type { EventToAppend } from '@casebook/event-store';
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
