/** Shared test data for the refund specs. */
import { commandsOf, eventsOf, meta } from '../testing';
import type { ActorKind } from '../shared/actor';
import type { ComplaintId, CustomerId, RefundId } from '../shared/ids';
import type { RefundStatus } from '../shared/statuses';
import { refundCommandPayloads } from './commands';
import type { RefundContext } from './context';
import { refundEventPayloads } from './events';

export const ev = eventsOf(refundEventPayloads);
export const build = commandsOf(refundCommandPayloads);
export const now = '2024-03-06T10:00:00Z';
export const by = (kind: ActorKind, id: string) => meta(now, kind, id);
export const gbp = (minor: number) => ({ minor, currency: 'GBP' });
export const refundId = 'r-1';

export const request = (minor: number, kind: ActorKind = 'agent', id = 'agent-1') =>
  build(
    'RequestRefund',
    {
      refundId,
      complaintId: 'c-1',
      kind: 'refund',
      paymentReference: 'pay-1',
      amount: gbp(minor),
      reason: 'damaged_in_transit',
    },
    by(kind, id),
  );

export const context = (
  refunds: ReadonlyArray<{ id: string; status: RefundStatus; minor: number }> = [],
  overrides: Partial<NonNullable<RefundContext['complaint']>> = {},
): RefundContext => ({
  complaint: {
    complaintId: 'c-1' as ComplaintId,
    status: 'open',
    customerId: 'cust-1' as CustomerId,
    amountPaid: gbp(5000),
    refunds: refunds.map((r) => ({ refundId: r.id as RefundId, status: r.status, amount: gbp(r.minor) })),
    ...overrides,
  },
  approvalLimits: { agent: { GBP: 2000 }, supervisor: { GBP: 100000 } },
});

export const requested = (minor: number, requiresSupervisorApproval: boolean) =>
  ev('RefundRequested', {
    refundId,
    complaintId: 'c-1',
    customerId: 'cust-1',
    kind: 'refund',
    paymentReference: 'pay-1',
    amount: gbp(minor),
    reason: 'damaged_in_transit',
    requestedBy: { kind: 'agent', id: 'agent-1' },
    requestedAt: now,
    approvalLimit: gbp(2000),
    requiresSupervisorApproval,
  });
export const approved = ev('RefundApproved', {
  refundId,
  approvedBy: { kind: 'agent', id: 'agent-2' },
  approvedAt: now,
});
export const issued = ev('RefundIssued', { refundId, providerReference: 're_123', issuedAt: now });
