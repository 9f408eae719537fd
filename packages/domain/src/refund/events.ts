import { Actor } from '../shared/actor';
import { eventPayload } from '../shared/codec';
import { ComplaintId, CustomerId, RefundId } from '../shared/ids';
import { Instant } from '../shared/instant';
import { eventUnionCodec, type EventOf } from '../shared/messages';
import { Money, PositiveMoney } from '../shared/money';
// Stored events read under the rules they were written with (see StoredLabel).
import { Bool, StoredLabel as Label, StoredText as Text } from '../shared/primitives';
import { RefundReason } from '../shared/refund-reason';
import { RefundKind } from './codecs';

const id = { refundId: RefundId };

/** Event payload codecs keyed by event type. */
export const refundEventPayloads = {
  RefundRequested: eventPayload('RefundRequested', {
    ...id,
    complaintId: ComplaintId,
    customerId: CustomerId,
    kind: RefundKind,
    paymentReference: Label,
    amount: PositiveMoney,
    reason: RefundReason,
    requestedBy: Actor,
    requestedAt: Instant,
    // The requester's limit and its consequence are recorded, so a later change of limits
    // does not rewrite who had to approve this refund.
    approvalLimit: Money,
    requiresSupervisorApproval: Bool,
  }),
  RefundApproved: eventPayload(
    'RefundApproved',
    { ...id, approvedBy: Actor, approvedAt: Instant },
    { note: Text },
  ),
  RefundRejected: eventPayload('RefundRejected', {
    ...id,
    rejectedBy: Actor,
    reason: Text,
    rejectedAt: Instant,
  }),
  RefundIssued: eventPayload('RefundIssued', { ...id, providerReference: Label, issuedAt: Instant }),
  RefundSettled: eventPayload('RefundSettled', { ...id, settledAt: Instant }),
  RefundFailed: eventPayload('RefundFailed', { ...id, failureReason: Text, failedAt: Instant }),
} as const;

export type RefundEvent = EventOf<typeof refundEventPayloads>;
export type RefundEventType = RefundEvent['type'];

export const refundEventCodec = eventUnionCodec('RefundEvent', refundEventPayloads);

/** Current schema version per event type. */
export const refundEventSchemaVersions: Readonly<Record<RefundEventType, number>> = {
  RefundRequested: 1,
  RefundApproved: 1,
  RefundRejected: 1,
  RefundIssued: 1,
  RefundSettled: 1,
  RefundFailed: 1,
};
