import { isPayable, refundAggregate } from '@casebook/domain';
import { aggregateStream, type StoredEvent } from '@casebook/event-store';
import { stringField } from '../../read-models/decode';
import type { FireContext, FireResult, ProcessManager, ReactContext, Timer } from '../process';
import { outcomeOf } from '../outcome';
import type { PaymentProvider } from './provider';

export const PAYMENTS_PROCESS = 'payments';

/** The timer that pays a refund: one per refund, for ever (a replay or a second approval adds none). */
export const issueTimerKey = (refundId: string): string => `payments:${refundId}:issue`;

export interface PaymentsProcessOptions {
  readonly provider: PaymentProvider;
}

const refunds = { decider: refundAggregate.decider, codec: refundAggregate.events };

/** What the refund request recorded about the money: the payment to refund and how much. */
async function requestOf(ctx: FireContext, refundId: string) {
  const { events } = await ctx.store.readStream(`refund-${refundId}`, { maxCount: 1 });
  const data = events[0]?.data as
    { paymentReference?: string; amount?: { minor: number; currency: string } } | undefined;
  return data?.paymentReference === undefined || data.amount === undefined
    ? null
    : { paymentReference: data.paymentReference, amount: data.amount };
}

/**
 * Pays refunds through the payment provider. A refund becomes payable when it is approved, or
 * when it is requested within the requester's limit (the domain's `isPayable`); the process then
 * schedules a timer due at once. Firing it reads the refund again (it may have been rejected or
 * issued since), asks the provider with the refund id as the idempotency key, and records the
 * answer: `IssueRefund` with the provider's reference, or `FailRefund` when it refused. The
 * provider being away throws, and the timer is retried with backoff; a worker that dies after
 * the provider accepted asks again after its lease and gets the same refund back, so the money
 * moves once and `RefundIssued` is written once. Starts at the head of the log: turning it on
 * never pays a refund approved before it ran.
 */
export const paymentsProcess = ({ provider }: PaymentsProcessOptions): ProcessManager => {
  const react = async (event: StoredEvent, ctx: ReactContext): Promise<void> => {
    const refundId = stringField(event, 'refundId');
    if (refundId === null) return;
    const withinLimit =
      event.type === 'RefundRequested' &&
      (event.data as { requiresSupervisorApproval?: unknown }).requiresSupervisorApproval === false;
    if (event.type !== 'RefundApproved' && !withinLimit) return;
    ctx.schedule({
      key: issueTimerKey(refundId),
      kind: 'issue',
      dueAt: new Date(event.metadata.occurredAt),
      payload: { refundId },
      causationId: event.eventId,
      correlationId: event.metadata.correlationId,
    });
  };

  const issue = async (timer: Timer, ctx: FireContext): Promise<FireResult> => {
    const { refundId } = timer.payload as { refundId: string };
    const read = await aggregateStream(ctx.store, `refund-${refundId}`, refunds);
    const request = await requestOf(ctx, refundId);
    if (!read.exists || request === null) return { outcome: 'give-up', error: `no refund ${refundId}` };
    if (!isPayable(read.state)) return { outcome: 'done', note: `the refund is ${read.state.status}` };
    const answer = await provider.issue({ refundId, ...request });
    const origin = { causationId: timer.causationId, correlationId: timer.correlationId };
    if (answer.outcome === 'refused') {
      const data = { refundId, failureReason: `refused by the payment provider: ${answer.reason}` };
      const sent = await ctx.commands.send(
        PAYMENTS_PROCESS,
        { type: 'FailRefund', data },
        { ...origin, idempotencyKey: `${timer.key}:refused` },
      );
      return outcomeOf(sent, 'refused by the provider');
    }
    const data = { refundId, providerReference: answer.providerReference };
    const sent = await ctx.commands.send(
      PAYMENTS_PROCESS,
      { type: 'IssueRefund', data },
      { ...origin, idempotencyKey: timer.key },
    );
    return outcomeOf(sent, `issued as ${answer.providerReference}`);
  };

  return {
    name: PAYMENTS_PROCESS,
    eventTypes: ['RefundRequested', 'RefundApproved'],
    streamPrefix: 'refund-',
    startFrom: 'now',
    react,
    timers: { issue },
  };
};
