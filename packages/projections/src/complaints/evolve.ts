import { upcast, type DomainEvent } from '@casebook/domain';
import type { StoredEvent } from '@casebook/event-store';
import type { ComplaintRow } from './complaint-row';

type Of<K extends DomainEvent['type']> = Extract<DomainEvent, { type: K }>;

/**
 * Stored payloads go through the domain's upcasters and codecs, so an old `ComplaintFiled` (v1,
 * no regime) reads as the current shape. A payload that does not decode is a bug upstream: the
 * page fails and the runner retries, rather than the model silently going wrong.
 */
export const decodeStored = (event: StoredEvent): DomainEvent => {
  const decoded = upcast(event.type, event.schemaVersion, event.data);
  if (decoded._tag === 'Left') {
    const reasons = decoded.left.errors.map((e) => `${e.path}: ${e.reason}`).join('; ');
    throw new Error(`cannot read event ${event.globalPosition} (${event.type}): ${reasons}`);
  }
  return decoded.right;
};

const filed = ({ data }: Of<'ComplaintFiled'>, position: bigint): ComplaintRow => ({
  complaintId: data.complaintId,
  customerId: data.customerId,
  status: 'open',
  ownerId: null,
  team: null,
  channel: data.channel,
  category: data.category,
  priority: data.priority,
  regime: data.regime,
  filedAt: data.filedAt,
  acknowledgedAt: null,
  firstResponseAt: null,
  finalResponseAt: null,
  resolvedAt: null,
  closedAt: null,
  escalationCount: 0,
  escalationLevel: null,
  refundCount: 0,
  refundTotalMinor: 0n,
  refundCurrency: null,
  reopenCount: 0,
  transferCount: 0,
  lastEventPosition: position,
});

const refundLinked = (row: ComplaintRow, { data }: Of<'RefundLinked'>): Partial<ComplaintRow> => {
  const sameCurrency = row.refundCount === 0 || row.refundCurrency === data.amount.currency;
  return {
    refundCount: row.refundCount + 1,
    refundCurrency: sameCurrency ? data.amount.currency : null,
    refundTotalMinor:
      sameCurrency && row.refundTotalMinor !== null ? row.refundTotalMinor + BigInt(data.amount.minor) : null,
  };
};

const responded = (row: ComplaintRow, sentAt: string): Partial<ComplaintRow> => ({
  firstResponseAt: row.firstResponseAt ?? sentAt,
});

/** The columns an event changes; statuses follow the domain's `evolveComplaint`. */
const patch = (row: ComplaintRow, e: DomainEvent): Partial<ComplaintRow> => {
  switch (e.type) {
    case 'ComplaintAcknowledged':
      return { acknowledgedAt: e.data.acknowledgedAt };
    case 'ComplaintAssigned':
      return { ownerId: e.data.ownerId, team: e.data.team };
    case 'ComplaintTransferred':
      // The domain keeps the owner on a transfer; the payload's ownerId is the owner at that time.
      return { team: e.data.toTeam, transferCount: row.transferCount + 1 };
    case 'InformationRequested':
      return { status: 'awaiting_customer' };
    case 'ComplaintPutOnHold':
      return { status: 'on_hold' };
    case 'CustomerReplyRecorded':
    case 'ComplaintResumed':
      return { status: 'open' };
    case 'HoldingResponseSent':
      return responded(row, e.data.sentAt);
    case 'FinalResponseSent':
      return { ...responded(row, e.data.sentAt), finalResponseAt: e.data.sentAt };
    case 'ComplaintResolved':
      return { status: 'resolved', resolvedAt: e.data.resolvedAt };
    case 'ComplaintReopened':
      return { status: 'open', resolvedAt: null, finalResponseAt: null, reopenCount: row.reopenCount + 1 };
    case 'ComplaintClosed':
      return { status: 'closed', closedAt: e.data.closedAt };
    case 'RefundLinked':
      return refundLinked(row, e);
    case 'EscalationLinked':
      return { escalationCount: row.escalationCount + 1 };
    case 'EscalationRaised':
      return { escalationLevel: Math.max(row.escalationLevel ?? 0, e.data.level) };
    default:
      return {};
  }
};

/**
 * The complaints read model's fold. Pure; an event for a complaint with no row yet (its
 * `ComplaintFiled` unseen) changes nothing, since the domain cannot produce one.
 */
export const evolveComplaintRow = (row: ComplaintRow | null, event: StoredEvent): ComplaintRow | null => {
  const e = decodeStored(event);
  if (e.type === 'ComplaintFiled') return filed(e, event.globalPosition);
  if (row === null) return null;
  return { ...row, ...patch(row, e), lastEventPosition: event.globalPosition };
};
