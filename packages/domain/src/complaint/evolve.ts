import type { ComplaintEvent } from './events';
import type { ComplaintFacts, ComplaintState, FiledComplaint } from './state';

type Filed = Extract<ComplaintEvent, { type: 'ComplaintFiled' }>;

const fromFiled = ({ data }: Filed): FiledComplaint => ({
  status: 'open',
  complaintId: data.complaintId,
  customerId: data.customerId,
  channel: data.channel,
  regime: data.regime,
  priority: data.priority,
  amountPaid: data.amountPaid,
  filedAt: data.filedAt,
  acknowledgedAt: null,
  ownerId: null,
  team: null,
  openInformationRequest: null,
  productTests: [],
  notificationIds: [],
  holdingResponseSentAt: null,
  finalResponse: null,
  rootCause: null,
  resolution: null,
  satisfaction: null,
  closedAt: null,
  refunds: [],
  escalationIds: [],
  returnIds: [],
  insuranceCovered: null,
  slaWarned: [],
  slaBreached: [],
  notificationDeliveries: [],
});

/** The fields an event changes, or the whole next state when it changes the status. */
const patch = (s: FiledComplaint, e: Exclude<ComplaintEvent, Filed>): Partial<FiledComplaint> => {
  switch (e.type) {
    case 'ComplaintAcknowledged':
      return { acknowledgedAt: e.data.acknowledgedAt };
    case 'ComplaintAssigned':
      return { ownerId: e.data.ownerId, team: e.data.team };
    case 'ComplaintTransferred':
      return { team: e.data.toTeam };
    case 'InformationRequested':
      return { status: 'awaiting_customer', openInformationRequest: e.data.requestId };
    case 'CustomerReplyRecorded':
      return { status: 'open', openInformationRequest: null };
    case 'ComplaintPutOnHold':
      return { status: 'on_hold' };
    case 'ComplaintResumed':
      return { status: 'open' };
    case 'ProductTestRequested':
      return { productTests: [...s.productTests, { testId: e.data.testId, result: null }] };
    case 'ProductTestResultRecorded':
      return {
        productTests: s.productTests.map((p) =>
          p.testId === e.data.testId ? { ...p, result: e.data.result } : p,
        ),
      };
    case 'CustomerNotified':
      return { notificationIds: [...s.notificationIds, e.data.notificationId] };
    case 'HoldingResponseSent':
      return { holdingResponseSentAt: e.data.sentAt };
    case 'FinalResponseSent':
      return { finalResponse: { outcome: e.data.outcome, sentAt: e.data.sentAt } };
    case 'RootCauseRecorded':
      return { rootCause: { category: e.data.category, description: e.data.description } };
    case 'ComplaintResolved':
      return {
        status: 'resolved',
        resolution: { summaryResolution: e.data.summaryResolution, resolvedAt: e.data.resolvedAt },
      };
    case 'ComplaintReopened':
      // A reopened case needs a fresh resolution and a fresh final response before it can close.
      return { status: 'open', resolution: null, finalResponse: null };
    case 'ComplaintClosed':
      return { status: 'closed', closedAt: e.data.closedAt };
    case 'SatisfactionRated':
      return { satisfaction: e.data.rating };
    case 'RefundLinked':
      return {
        refunds: [...s.refunds, { refundId: e.data.refundId, amount: e.data.amount, reason: e.data.reason }],
      };
    case 'EscalationLinked':
      return { escalationIds: [...s.escalationIds, e.data.escalationId] };
    case 'ReturnLinked':
      return { returnIds: [...s.returnIds, e.data.returnId] };
    case 'SlaTargetAtRisk':
      return { slaWarned: [...s.slaWarned, e.data.milestone] };
    case 'SlaTargetBreached':
      return { slaBreached: [...s.slaBreached, e.data.milestone] };
    case 'NotificationDelivered':
    case 'NotificationDeliveryFailed': {
      const outcome = e.type === 'NotificationDelivered' ? 'delivered' : 'failed';
      return {
        notificationDeliveries: [...s.notificationDeliveries, { messageKey: e.data.messageKey, outcome }],
      };
    }
    case 'InsuranceCoverageDetermined':
      return { insuranceCovered: e.data.covered };
    case 'ClaimAdjustmentReviewed':
      // Recorded for the audit trail and read models; no rule depends on it.
      return {};
  }
};

/** Applies one complaint event. Events before `ComplaintFiled` cannot exist, so they are ignored. */
export const evolveComplaint = (state: ComplaintState, event: ComplaintEvent): ComplaintState => {
  if (event.type === 'ComplaintFiled') return fromFiled(event);
  if (state.status === 'none') return state;
  return { ...state, ...patch(state, event) } satisfies ComplaintFacts & { status: FiledComplaint['status'] };
};
