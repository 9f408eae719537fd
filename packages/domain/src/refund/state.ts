import type { Actor } from '../shared/actor';
import type { ComplaintId, RefundId } from '../shared/ids';
import type { Money } from '../shared/money';
import type { RefundStatus } from '../shared/statuses';

export interface RefundFacts {
  readonly refundId: RefundId;
  readonly complaintId: ComplaintId;
  readonly amount: Money;
  readonly requestedBy: Actor;
  readonly requiresSupervisorApproval: boolean;
}

/** `requested → approved | rejected`, `approved → issued → settled | failed`. */
export type RefundState = { readonly status: 'none' } | (RefundFacts & { readonly status: RefundStatus });

export const initialRefundState: RefundState = { status: 'none' };
