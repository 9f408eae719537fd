import { complaintAggregate } from '@casebook/domain';
import { aggregateStream, type Json, type StoredEvent } from '@casebook/event-store';
import { stringField } from '../../read-models/decode';
import type { OutboxMessageSpec, ReactContext } from '../process';

export const REFUND_SETTLED_TOPIC = 'refund.settled';
export const REFUND_FAILED_TOPIC = 'refund.failed';

/** The outbox key of the message a refund outcome sends: one per event, for ever. */
export const refundOutcomeKey = (topic: string, eventId: string): string => `${topic}:${eventId}`;

interface RefundRequest {
  readonly complaintId: string;
  readonly customerId: string;
  readonly amount: Json;
  readonly requesterId: string;
}

/** What the refund's request recorded: its complaint, customer, amount and requester. */
async function requestOf(ctx: ReactContext, refundId: string): Promise<RefundRequest | null> {
  const { events } = await ctx.store.readStream(`refund-${refundId}`, { maxCount: 1 });
  const requested = events[0];
  if (requested?.type !== 'RefundRequested') return null;
  const data = requested.data as { amount: Json; requestedBy: { id: string } };
  const complaintId = stringField(requested, 'complaintId');
  const customerId = stringField(requested, 'customerId');
  if (complaintId === null || customerId === null) return null;
  return { complaintId, customerId, amount: data.amount, requesterId: data.requestedBy.id };
}

const complaints = { decider: complaintAggregate.decider, codec: complaintAggregate.events };

/** Who owns the complaint (the rep who follows it to its end) and its team; the requester when unowned. */
async function ownerOf(ctx: ReactContext, request: RefundRequest) {
  const read = await aggregateStream(ctx.store, `complaint-${request.complaintId}`, complaints);
  const state = read.state;
  if (state.status === 'none') return { actorId: request.requesterId, team: null };
  return { actorId: state.ownerId ?? request.requesterId, team: state.team };
}

/**
 * A refund's outcome as a message: settled tells the customer their money arrived; failed tells
 * the complaint's owner (its team named in the body), who must put it right with the customer.
 */
export async function refundOutcomeMessage(
  event: StoredEvent,
  ctx: ReactContext,
): Promise<OutboxMessageSpec | null> {
  const refundId = stringField(event, 'refundId');
  const request = refundId === null ? null : await requestOf(ctx, refundId);
  if (refundId === null || request === null) return null;
  const trigger = { causationId: event.eventId, correlationId: event.metadata.correlationId };
  const { complaintId, amount } = request;
  if (event.type === 'RefundSettled') {
    const body: Json = { complaintId, refundId, amount, settledAt: stringField(event, 'settledAt') };
    return {
      ...trigger,
      key: refundOutcomeKey(REFUND_SETTLED_TOPIC, event.eventId),
      topic: REFUND_SETTLED_TOPIC,
      recipient: { kind: 'customer', customerId: request.customerId },
      complaintId,
      subject: 'Your refund has arrived',
      body,
    };
  }
  const owner = await ownerOf(ctx, request);
  const body: Json = {
    complaintId,
    refundId,
    amount,
    team: owner.team,
    failureReason: stringField(event, 'failureReason'),
    failedAt: stringField(event, 'failedAt'),
  };
  return {
    ...trigger,
    key: refundOutcomeKey(REFUND_FAILED_TOPIC, event.eventId),
    topic: REFUND_FAILED_TOPIC,
    recipient: { kind: 'staff', actorId: owner.actorId },
    complaintId,
    subject: `Refund ${refundId} failed`,
    body,
  };
}
