/**
 * Statuses of other aggregates that cross-stream contexts mention. Declared here, not imported
 * from the slices, so that slices do not import each other in a cycle.
 */
export const REFUND_STATUSES = ['requested', 'approved', 'rejected', 'issued', 'settled', 'failed'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];
export const ESCALATION_STATUSES = ['raised', 'acknowledged', 'closed'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];
export const COMPLAINT_STATUSES = ['open', 'awaiting_customer', 'on_hold', 'resolved', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const RETURN_STATUSES = [
  'requested',
  'authorised',
  'refused',
  'shipped',
  'received',
  'inspected',
  'resolved',
  'closed',
  'cancelled',
  'expired',
] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/** Refunds that still count against the amount paid and still block a close. */
export const refundIsActive = (s: RefundStatus): boolean => s !== 'failed' && s !== 'rejected';
/** Refunds still moving money: a complaint cannot close under them. */
export const refundIsInFlight = (s: RefundStatus): boolean =>
  s === 'requested' || s === 'approved' || s === 'issued';
/** A return still in progress: a complaint it is linked to cannot close under it. */
export const returnIsOpen = (s: ReturnStatus): boolean =>
  s !== 'closed' && s !== 'refused' && s !== 'cancelled' && s !== 'expired';
export const escalationIsOpen = (s: EscalationStatus): boolean => s !== 'closed';

/** A linked stream as the edge loaded it: `undefined`, or status `none`, when it cannot be read. */
export type Loaded<Status extends string> = { readonly status: Status | 'none' } | undefined;

/**
 * The status of a refund the complaint has linked. A link is appended atomically with the
 * request, so a refund stream that cannot be read was at least requested: it counts as such,
 * against the amount paid and against closing.
 */
export const linkedRefundStatus = (loaded: Loaded<RefundStatus>): RefundStatus =>
  loaded === undefined || loaded.status === 'none' ? 'requested' : loaded.status;

/** Likewise an escalation the complaint has linked counts as raised (open) when unreadable. */
export const linkedEscalationStatus = (loaded: Loaded<EscalationStatus>): EscalationStatus =>
  loaded === undefined || loaded.status === 'none' ? 'raised' : loaded.status;

/** Likewise a return the complaint has linked counts as requested (open) when unreadable. */
export const linkedReturnStatus = (loaded: Loaded<ReturnStatus>): ReturnStatus =>
  loaded === undefined || loaded.status === 'none' ? 'requested' : loaded.status;
