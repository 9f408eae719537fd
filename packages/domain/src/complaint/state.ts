import type { Channel } from '../shared/channel';
import type { ActorId, ComplaintId, CustomerId, EscalationId, RefundId, ReturnId } from '../shared/ids';
import type { Instant } from '../shared/instant';
import type { Money } from '../shared/money';
import type { RefundReason } from '../shared/refund-reason';
import type { ComplaintStatus } from '../shared/statuses';
import type { SlaMilestone } from '../sla/policy';
import type { FinalOutcome, Priority, ProductTestResult, Regime, SatisfactionRating } from './codecs';

/** What the complaint remembers once filed: only what its rules need. */
export interface ComplaintFacts {
  readonly complaintId: ComplaintId;
  readonly customerId: CustomerId;
  readonly channel: Channel;
  readonly regime: Regime;
  readonly priority: Priority;
  readonly amountPaid: Money;
  readonly filedAt: Instant;
  readonly acknowledgedAt: Instant | null;
  readonly ownerId: ActorId | null;
  readonly team: string | null;
  readonly openInformationRequest: string | null;
  readonly productTests: ReadonlyArray<{
    readonly testId: string;
    readonly result: ProductTestResult | null;
  }>;
  readonly notificationIds: ReadonlyArray<string>;
  readonly holdingResponseSentAt: Instant | null;
  readonly finalResponse: { readonly outcome: FinalOutcome; readonly sentAt: Instant } | null;
  readonly rootCause: { readonly category: string; readonly description: string } | null;
  readonly resolution: { readonly summaryResolution: boolean; readonly resolvedAt: Instant } | null;
  readonly satisfaction: SatisfactionRating | null;
  /** When it closed: a customer's erasure waits out the regime's retention period from here. */
  readonly closedAt: Instant | null;
  readonly refunds: ReadonlyArray<{
    readonly refundId: RefundId;
    readonly amount: Money;
    readonly reason: RefundReason;
  }>;
  readonly escalationIds: ReadonlyArray<EscalationId>;
  /** Returns linked to it (`ReturnLinked`): it cannot close while one is open. */
  readonly returnIds: ReadonlyArray<ReturnId>;
  /** The latest insurance coverage decision, if any: a return's carrier claim records it. */
  readonly insuranceCovered: boolean | null;
  /** Milestones the SLA process has warned about and found breached: each is recorded once. */
  readonly slaWarned: ReadonlyArray<SlaMilestone>;
  readonly slaBreached: ReadonlyArray<SlaMilestone>;
  /** Outbound messages about it whose outcome is on record (`RecordNotificationDelivery`). */
  readonly notificationDeliveries: ReadonlyArray<{
    readonly messageKey: string;
    readonly outcome: 'delivered' | 'failed';
  }>;
}

/** A filed complaint in one of its lifecycle statuses. */
export type FiledComplaint = ComplaintFacts & { readonly status: ComplaintStatus };

/** The complaint state: nothing yet, or a filed complaint; a union on `status`. */
export type ComplaintState = { readonly status: 'none' } | FiledComplaint;

export const initialComplaintState: ComplaintState = { status: 'none' };
