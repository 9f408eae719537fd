import * as E from 'fp-ts/Either';
import { isSupervisor } from '../shared/actor';
import type { Of } from '../shared/messages';
import type { ComplaintCommand } from './commands';
import { complaintError, type ComplaintError } from './errors';
import type { ComplaintEvent } from './events';
import type { FiledComplaint } from './state';

type Result = E.Either<ComplaintError, ReadonlyArray<ComplaintEvent>>;
type Cmd<K extends ComplaintCommand['type']> = Of<ComplaintCommand, K>;

const ok = (...events: ComplaintEvent[]): Result => E.right(events);
const unchanged: Result = E.right([]);

/** Acknowledging twice records nothing: the first acknowledgement is the fact the SLA needs. */
export const acknowledge = ({ data, metadata }: Cmd<'AcknowledgeComplaint'>, s: FiledComplaint): Result =>
  s.acknowledgedAt !== null
    ? unchanged
    : ok({
        type: 'ComplaintAcknowledged',
        data: { complaintId: data.complaintId, acknowledgedAt: metadata.now },
      });

/** One rep owns the case to its end; only a supervisor may hand it to someone else. */
export const assign = ({ data, metadata }: Cmd<'AssignComplaint'>, s: FiledComplaint): Result => {
  if (s.ownerId === data.ownerId && s.team === data.team) return unchanged;
  if (s.ownerId !== null && s.ownerId !== data.ownerId && !isSupervisor(metadata.actor)) {
    return E.left(
      complaintError('AlreadyAssigned', 'the complaint has an owner; a supervisor may reassign it', {
        ownerId: s.ownerId,
      }),
    );
  }
  return ok({ type: 'ComplaintAssigned', data: { ...data, assignedAt: metadata.now } });
};

/** A transfer moves the case to another team; the owner stays with it. */
export const transfer = ({ data, metadata }: Cmd<'TransferComplaint'>, s: FiledComplaint): Result => {
  if (s.ownerId === null || s.team === null) {
    return E.left(
      complaintError('NotAssigned', 'assign an owner before transferring: the owner follows the case'),
    );
  }
  if (s.team === data.toTeam)
    return E.left(complaintError('NothingChanged', `the complaint is already with ${data.toTeam}`));
  return ok({
    type: 'ComplaintTransferred',
    data: { ...data, fromTeam: s.team, ownerId: s.ownerId, transferredAt: metadata.now },
  });
};

export const requestInformation = (
  { data, metadata }: Cmd<'RequestInformation'>,
  s: FiledComplaint,
): Result =>
  s.status !== 'open'
    ? E.left(
        complaintError('InvalidTransition', `cannot request information while ${s.status}`, {
          status: s.status,
        }),
      )
    : ok({ type: 'InformationRequested', data: { ...data, requestedAt: metadata.now } });

export const recordReply = ({ data, metadata }: Cmd<'RecordCustomerReply'>, s: FiledComplaint): Result =>
  s.status !== 'awaiting_customer' || s.openInformationRequest !== data.requestId
    ? E.left(complaintError('InformationRequestNotFound', `no open information request ${data.requestId}`))
    : ok({ type: 'CustomerReplyRecorded', data: { ...data, repliedAt: metadata.now } });

export const putOnHold = ({ data, metadata }: Cmd<'PutComplaintOnHold'>, s: FiledComplaint): Result => {
  if (s.status === 'on_hold') return unchanged;
  if (s.status !== 'open') {
    return E.left(
      complaintError('InvalidTransition', `cannot put on hold while ${s.status}`, { status: s.status }),
    );
  }
  return ok({ type: 'ComplaintPutOnHold', data: { ...data, heldAt: metadata.now } });
};

export const resume = ({ data, metadata }: Cmd<'ResumeComplaint'>, s: FiledComplaint): Result => {
  if (s.status === 'open') return unchanged;
  if (s.status !== 'on_hold') {
    return E.left(
      complaintError('InvalidTransition', `cannot resume while ${s.status}`, { status: s.status }),
    );
  }
  return ok({ type: 'ComplaintResumed', data: { complaintId: data.complaintId, resumedAt: metadata.now } });
};

/** Notifications carry the caller's id, so a retried send is recognised and not repeated. */
export const notify = ({ data, metadata }: Cmd<'NotifyCustomer'>, s: FiledComplaint): Result =>
  s.notificationIds.includes(data.notificationId)
    ? unchanged
    : ok({ type: 'CustomerNotified', data: { ...data, notifiedAt: metadata.now } });

export const sendHoldingResponse = (
  { data, metadata }: Cmd<'SendHoldingResponse'>,
  s: FiledComplaint,
): Result =>
  s.finalResponse !== null
    ? E.left(
        complaintError('FinalResponseAlreadySent', 'a holding response cannot follow the final response'),
      )
    : ok({ type: 'HoldingResponseSent', data: { ...data, sentAt: metadata.now } });

/** Appended with `RefundRequested` in one multi-stream append; see docs/domain.md. */
export const linkRefund = ({ data }: Cmd<'LinkRefund'>, s: FiledComplaint): Result => {
  if (s.refunds.some((r) => r.refundId === data.refundId)) return unchanged;
  if (data.amount.currency !== s.amountPaid.currency) {
    return E.left(complaintError('CurrencyMismatch', `the complaint was paid in ${s.amountPaid.currency}`));
  }
  return ok({ type: 'RefundLinked', data });
};

/** Appended with `ReturnRequested` in one multi-stream append: the return shows in the complaint's context. */
export const linkReturn = ({ data }: Cmd<'LinkReturn'>, s: FiledComplaint): Result =>
  s.returnIds.includes(data.returnId) ? unchanged : ok({ type: 'ReturnLinked', data });

/** Appended with `EscalationRaised` in one multi-stream append; see docs/domain.md. */
export const linkEscalation = ({ data }: Cmd<'LinkEscalation'>, s: FiledComplaint): Result =>
  s.escalationIds.includes(data.escalationId) ? unchanged : ok({ type: 'EscalationLinked', data });
