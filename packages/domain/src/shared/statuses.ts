/**
 * Statuses of other aggregates that cross-stream contexts mention. Declared here, not imported
 * from the slices, so that slices do not import each other in a cycle.
 */
export type RefundStatus = 'requested' | 'approved' | 'rejected' | 'issued' | 'settled' | 'failed';
export type EscalationStatus = 'raised' | 'acknowledged' | 'closed';
export type ComplaintStatus = 'open' | 'awaiting_customer' | 'on_hold' | 'resolved' | 'closed';

/** Refunds that still count against the amount paid and still block a close. */
export const refundIsActive = (s: RefundStatus): boolean => s !== 'failed' && s !== 'rejected';
/** Refunds still moving money: a complaint cannot close under them. */
export const refundIsInFlight = (s: RefundStatus): boolean =>
  s === 'requested' || s === 'approved' || s === 'issued';
export const escalationIsOpen = (s: EscalationStatus): boolean => s !== 'closed';
