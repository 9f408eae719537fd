import type { DomainEvent } from '@casebook/domain';
import type { StoredEvent } from '@casebook/event-store';
import { decodeStored, type EventOfType as Of } from '../read-models/decode';
import type { RefundLedgerRow } from './refund-ledger.entity';

const requested = ({ data }: Of<'RefundRequested'>, position: bigint): RefundLedgerRow => ({
  refundId: data.refundId,
  complaintId: data.complaintId,
  customerId: data.customerId,
  kind: data.kind,
  reason: data.reason,
  currency: data.amount.currency,
  amountMinor: BigInt(data.amount.minor),
  status: 'requested',
  requiresSupervisorApproval: data.requiresSupervisorApproval,
  requestedBy: data.requestedBy.id,
  requestedAt: data.requestedAt,
  approvedAt: null,
  rejectedAt: null,
  issuedAt: null,
  settledAt: null,
  failedAt: null,
  lastEventPosition: position,
});

/** The status and its instant; statuses follow the domain's `evolveRefund`. */
const patch = (e: DomainEvent): Partial<RefundLedgerRow> => {
  switch (e.type) {
    case 'RefundApproved':
      return { status: 'approved', approvedAt: e.data.approvedAt };
    case 'RefundRejected':
      return { status: 'rejected', rejectedAt: e.data.rejectedAt };
    case 'RefundIssued':
      return { status: 'issued', issuedAt: e.data.issuedAt };
    case 'RefundSettled':
      return { status: 'settled', settledAt: e.data.settledAt };
    case 'RefundFailed':
      return { status: 'failed', failedAt: e.data.failedAt };
    default:
      return {};
  }
};

/**
 * The refund ledger's fold. Pure; an event for a refund whose `RefundRequested` was never seen
 * changes nothing, since the domain cannot produce one.
 */
export const evolveRefundLedgerRow = (
  row: RefundLedgerRow | null,
  event: StoredEvent,
): RefundLedgerRow | null => {
  const e = decodeStored(event);
  if (e.type === 'RefundRequested') return requested(e, event.globalPosition);
  if (row === null) return null;
  return { ...row, ...patch(e), lastEventPosition: event.globalPosition };
};
