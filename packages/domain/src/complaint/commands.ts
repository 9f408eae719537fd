import { Channel } from '../shared/channel';
import { commandPayload } from '../shared/codec';
import { ActorId, ComplaintId, CustomerId, EscalationId, RefundId, ReturnId } from '../shared/ids';
import { commandUnionCodec, type CommandOf } from '../shared/messages';
import { Money, PositiveMoney } from '../shared/money';
import { Bool, Label, Text } from '../shared/primitives';
import { RefundReason } from '../shared/refund-reason';
import { Instant } from '../shared/instant';
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
import { notificationDeliveryCommands } from './notification-delivery';

const id = { complaintId: ComplaintId };

/**
 * Command payload codecs keyed by command type. Times and the actor are not here: they come
 * with the command's metadata, filled by the API from the request and the JWT.
 */
export const complaintCommandPayloads = {
  FileComplaint: commandPayload(
    'FileComplaint',
    {
      ...id,
      customerId: CustomerId,
      channel: Channel,
      category: Label,
      description: Text,
      amountPaid: Money,
      priority: Priority,
      regime: Regime,
    },
    { orderReference: Label, relatedComplaintId: ComplaintId },
  ),
  AcknowledgeComplaint: commandPayload('AcknowledgeComplaint', id),
  AssignComplaint: commandPayload('AssignComplaint', { ...id, ownerId: ActorId, team: Label }),
  TransferComplaint: commandPayload('TransferComplaint', { ...id, toTeam: Label, reason: Text }),
  RequestInformation: commandPayload('RequestInformation', { ...id, requestId: Label, question: Text }),
  RecordCustomerReply: commandPayload('RecordCustomerReply', { ...id, requestId: Label, reply: Text }),
  PutComplaintOnHold: commandPayload('PutComplaintOnHold', { ...id, reason: Text }),
  ResumeComplaint: commandPayload('ResumeComplaint', id),
  RequestProductTest: commandPayload('RequestProductTest', {
    ...id,
    testId: Label,
    product: Label,
    instructions: Text,
  }),
  RecordProductTestResult: commandPayload('RecordProductTestResult', {
    ...id,
    testId: Label,
    result: ProductTestResult,
    notes: Text,
  }),
  DetermineInsuranceCoverage: commandPayload(
    'DetermineInsuranceCoverage',
    { ...id, covered: Bool },
    { insurer: Label, policyReference: Label, coveredAmount: Money },
  ),
  ReviewClaimAdjustment: commandPayload(
    'ReviewClaimAdjustment',
    { ...id, claimReference: Label, decision: ClaimDecision, notes: Text },
    { adjustedAmount: Money },
  ),
  NotifyCustomer: commandPayload('NotifyCustomer', {
    ...id,
    notificationId: Label,
    kind: NotificationKind,
    message: Text,
  }),
  SendHoldingResponse: commandPayload('SendHoldingResponse', { ...id, message: Text }),
  SendFinalResponse: commandPayload(
    'SendFinalResponse',
    { ...id, outcome: FinalOutcome, referralRightsStated: Bool, message: Text },
    { redressOffered: Money },
  ),
  RecordRootCause: commandPayload('RecordRootCause', { ...id, category: Label, description: Text }),
  ResolveComplaint: commandPayload(
    'ResolveComplaint',
    { ...id, resolution: Text },
    { summaryResolution: Bool },
  ),
  ReopenComplaint: commandPayload('ReopenComplaint', { ...id, reason: Text }),
  CloseComplaint: commandPayload('CloseComplaint', id),
  RecordSatisfaction: commandPayload(
    'RecordSatisfaction',
    { ...id, rating: SatisfactionRating },
    { reason: Text },
  ),
  LinkRefund: commandPayload('LinkRefund', {
    ...id,
    refundId: RefundId,
    amount: PositiveMoney,
    reason: RefundReason,
  }),
  LinkEscalation: commandPayload('LinkEscalation', { ...id, escalationId: EscalationId }),
  LinkReturn: commandPayload('LinkReturn', { ...id, returnId: ReturnId }),
  // The SLA process's: no route, and refused from anyone but the system actor.
  RecordSlaWarning: commandPayload('RecordSlaWarning', { ...id, milestone: SlaMilestone, dueAt: Instant }),
  RecordSlaBreach: commandPayload('RecordSlaBreach', { ...id, milestone: SlaMilestone, dueAt: Instant }),
  ...notificationDeliveryCommands,
} as const;

export type ComplaintCommand = CommandOf<typeof complaintCommandPayloads>;
export type ComplaintCommandType = ComplaintCommand['type'];

/** The whole command union (type, data, metadata) as one codec. */
export const complaintCommandCodec = commandUnionCodec('ComplaintCommand', complaintCommandPayloads);
