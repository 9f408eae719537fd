import type { DomainEvent } from '@casebook/domain';
import type { StoredEvent } from '@casebook/event-store';
import { decodeStored, type EventOfType as Of } from '../read-models/decode';
import { addRefund } from '../read-models/values';
import type { ComplaintRow } from './complaint.entity';
import { dueInstants, extendedFinalResponse, recordedOrEffective } from './sla';

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
  ...dueInstants(data),
  slaPolicy: data.slaPolicy ?? recordedOrEffective(data),
  slaBreachCount: 0,
  firstBreachedAt: null,
  firstResolvedAt: null,
  satisfaction: null,
  satisfactionAt: null,
  lastEventPosition: position,
});

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
      return { ...responded(row, e.data.sentAt), ...extendedFinalResponse(row, e.data.sentAt) };
    case 'FinalResponseSent':
      return { ...responded(row, e.data.sentAt), finalResponseAt: e.data.sentAt };
    case 'ComplaintResolved':
      return {
        status: 'resolved',
        resolvedAt: e.data.resolvedAt,
        firstResolvedAt: row.firstResolvedAt ?? e.data.resolvedAt,
      };
    case 'ComplaintReopened':
      return { status: 'open', resolvedAt: null, finalResponseAt: null, reopenCount: row.reopenCount + 1 };
    case 'ComplaintClosed':
      return { status: 'closed', closedAt: e.data.closedAt };
    case 'SatisfactionRated':
      return { satisfaction: e.data.rating, satisfactionAt: e.data.ratedAt };
    case 'RefundLinked':
      return addRefund(row, e.data.amount);
    case 'EscalationLinked':
      return { escalationCount: row.escalationCount + 1 };
    case 'EscalationRaised':
      return { escalationLevel: Math.max(row.escalationLevel ?? 0, e.data.level) };
    case 'EscalationLevelRaised':
      return { escalationLevel: Math.max(row.escalationLevel ?? 0, e.data.toLevel) };
    case 'SlaTargetBreached':
      return {
        slaBreachCount: row.slaBreachCount + 1,
        firstBreachedAt: row.firstBreachedAt ?? e.data.breachedAt,
      };
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
