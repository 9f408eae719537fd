import { Channel } from '../shared/channel';
import { eventPayload } from '../shared/codec';
import { ActorId, ComplaintId, CustomerId, EscalationId, RefundId, ReturnId } from '../shared/ids';
import { Instant } from '../shared/instant';
import { eventUnionCodec, type EventOf } from '../shared/messages';
import { Money, PositiveMoney } from '../shared/money';
// Stored events read under the rules they were written with (see StoredLabel).
import { Bool, oneOf, StoredLabel as Label, StoredText as Text } from '../shared/primitives';
import { RefundReason } from '../shared/refund-reason';
import { SlaMilestone } from '../sla/policy';
import {
  ClaimDecision,
  FinalOutcome,
  NotificationKind,
  Priority,
  ProductTestResult,
  Regime,
  SatisfactionRating,
} from './codecs';
import { notificationDeliveryEvents } from './notification-delivery';

const id = { complaintId: ComplaintId };

/**
 * Current (v2) shape of `ComplaintFiled`; v1 had no `regime` (see the upcaster). `slaPolicy` is
 * the SLA policy version the complaint is judged under (`FCA_DISP@1`), recorded at filing so a
 * later version can never re-judge it; absent for regime NONE and on events stored before it
 * was recorded, which readers judge under the version effective at `filedAt`. Optional, so no
 * version bump: stored events strip unknown fields, and both shapes decode either way.
 */
export const ComplaintFiled = eventPayload(
  'ComplaintFiled',
  {
    ...id,
    customerId: CustomerId,
    channel: Channel,
    category: Label,
    description: Text,
    amountPaid: Money,
    priority: Priority,
    regime: Regime,
    filedAt: Instant,
  },
  { orderReference: Label, relatedComplaintId: ComplaintId, slaPolicy: Label, slaCalendar: Label },
);

/** Event payload codecs keyed by event type: the single source of the event types. */
export const complaintEventPayloads = {
  ComplaintFiled,
  ComplaintAcknowledged: eventPayload('ComplaintAcknowledged', { ...id, acknowledgedAt: Instant }),
  ComplaintAssigned: eventPayload('ComplaintAssigned', {
    ...id,
    ownerId: ActorId,
    team: Label,
    assignedAt: Instant,
  }),
  ComplaintTransferred: eventPayload('ComplaintTransferred', {
    ...id,
    fromTeam: Label,
    toTeam: Label,
    ownerId: ActorId,
    reason: Text,
    transferredAt: Instant,
  }),
  InformationRequested: eventPayload('InformationRequested', {
    ...id,
    requestId: Label,
    question: Text,
    requestedAt: Instant,
  }),
  CustomerReplyRecorded: eventPayload('CustomerReplyRecorded', {
    ...id,
    requestId: Label,
    reply: Text,
    repliedAt: Instant,
  }),
  ComplaintPutOnHold: eventPayload('ComplaintPutOnHold', { ...id, reason: Text, heldAt: Instant }),
  ComplaintResumed: eventPayload('ComplaintResumed', { ...id, resumedAt: Instant }),
  ProductTestRequested: eventPayload('ProductTestRequested', {
    ...id,
    testId: Label,
    product: Label,
    instructions: Text,
    requestedAt: Instant,
  }),
  ProductTestResultRecorded: eventPayload('ProductTestResultRecorded', {
    ...id,
    testId: Label,
    result: ProductTestResult,
    notes: Text,
    recordedAt: Instant,
  }),
  InsuranceCoverageDetermined: eventPayload(
    'InsuranceCoverageDetermined',
    { ...id, covered: Bool, determinedAt: Instant },
    { insurer: Label, policyReference: Label, coveredAmount: Money },
  ),
  ClaimAdjustmentReviewed: eventPayload(
    'ClaimAdjustmentReviewed',
    { ...id, claimReference: Label, decision: ClaimDecision, notes: Text, reviewedAt: Instant },
    { adjustedAmount: Money },
  ),
  CustomerNotified: eventPayload('CustomerNotified', {
    ...id,
    notificationId: Label,
    kind: NotificationKind,
    message: Text,
    notifiedAt: Instant,
  }),
  HoldingResponseSent: eventPayload('HoldingResponseSent', { ...id, message: Text, sentAt: Instant }),
  FinalResponseSent: eventPayload(
    'FinalResponseSent',
    { ...id, outcome: FinalOutcome, referralRightsStated: Bool, message: Text, sentAt: Instant },
    { redressOffered: Money },
  ),
  RootCauseRecorded: eventPayload('RootCauseRecorded', {
    ...id,
    category: Label,
    description: Text,
    recordedAt: Instant,
  }),
  ComplaintResolved: eventPayload('ComplaintResolved', {
    ...id,
    resolution: Text,
    summaryResolution: Bool,
    resolvedAt: Instant,
  }),
  ComplaintReopened: eventPayload('ComplaintReopened', { ...id, reason: Text, reopenedAt: Instant }),
  ComplaintClosed: eventPayload('ComplaintClosed', {
    ...id,
    closure: oneOf(['final_response', 'summary_resolution'], 'Closure'),
    closedAt: Instant,
  }),
  SatisfactionRated: eventPayload(
    'SatisfactionRated',
    { ...id, rating: SatisfactionRating, ratedAt: Instant },
    { reason: Text },
  ),
  RefundLinked: eventPayload('RefundLinked', {
    ...id,
    refundId: RefundId,
    amount: PositiveMoney,
    reason: RefundReason,
  }),
  EscalationLinked: eventPayload('EscalationLinked', { ...id, escalationId: EscalationId }),
  ReturnLinked: eventPayload('ReturnLinked', { ...id, returnId: ReturnId }),
  // Recorded by the SLA process (actor system): a target at its warning fraction, then past due.
  SlaTargetAtRisk: eventPayload('SlaTargetAtRisk', {
    ...id,
    milestone: SlaMilestone,
    dueAt: Instant,
    warnedAt: Instant,
  }),
  SlaTargetBreached: eventPayload('SlaTargetBreached', {
    ...id,
    milestone: SlaMilestone,
    dueAt: Instant,
    breachedAt: Instant,
  }),
  ...notificationDeliveryEvents,
} as const;

export type ComplaintEvent = EventOf<typeof complaintEventPayloads>;
export type ComplaintEventType = ComplaintEvent['type'];

/** The whole union as one codec: `{ type, data }`, dispatching on `type`. */
export const complaintEventCodec = eventUnionCodec('ComplaintEvent', complaintEventPayloads);

/** Current schema version per event type; bump it together with an upcaster. */
export const complaintEventSchemaVersions: Readonly<Record<ComplaintEventType, number>> = {
  ComplaintFiled: 2,
  ComplaintAcknowledged: 1,
  ComplaintAssigned: 1,
  ComplaintTransferred: 1,
  InformationRequested: 1,
  CustomerReplyRecorded: 1,
  ComplaintPutOnHold: 1,
  ComplaintResumed: 1,
  ProductTestRequested: 1,
  ProductTestResultRecorded: 1,
  InsuranceCoverageDetermined: 1,
  ClaimAdjustmentReviewed: 1,
  CustomerNotified: 1,
  HoldingResponseSent: 1,
  FinalResponseSent: 1,
  RootCauseRecorded: 1,
  ComplaintResolved: 1,
  ComplaintReopened: 1,
  ComplaintClosed: 1,
  SatisfactionRated: 1,
  RefundLinked: 1,
  EscalationLinked: 1,
  ReturnLinked: 1,
  SlaTargetAtRisk: 1,
  SlaTargetBreached: 1,
  NotificationDelivered: 1,
  NotificationDeliveryFailed: 1,
};
