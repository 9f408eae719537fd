import type {
  Channel,
  ComplaintStatus,
  Direction,
  InteractionStatus,
  Priority,
  RefundKind,
  RefundReason,
  RefundStatus,
  Regime,
  SatisfactionRating,
} from '@casebook/domain';

/**
 * The values of the domain's string unions that the read models' text columns hold, for report
 * filters (which refuse other values) and the API document (which lists them). The domain's
 * codecs keep their values to themselves (`oneOf` closes over them) and its statuses are types
 * without codecs, so each union's values are written here, once for every report, and the
 * compiler checks them against the domain's type in both directions (`valuesOf`). When the
 * domain exposes its codecs' values, these become references to them.
 */

/**
 * Every value of a string union, checked by the compiler in both directions: a value the union
 * lacks is an error, and so is a missing one (the record must have every key).
 */
const valuesOf = <V extends string>(all: Record<V, true>): readonly V[] => Object.keys(all) as V[];

export const CHANNELS = valuesOf<Channel>({
  phone: true,
  email: true,
  chat: true,
  sms: true,
  social: true,
  fax: true,
  mail: true,
  in_person: true,
  web: true,
});

export const COMPLAINT_STATUSES = valuesOf<ComplaintStatus>({
  open: true,
  awaiting_customer: true,
  on_hold: true,
  resolved: true,
  closed: true,
});
export const PRIORITIES = valuesOf<Priority>({ low: true, medium: true, high: true, urgent: true });
export const REGIMES = valuesOf<Regime>({ FCA_DISP: true, CFPB: true, NONE: true });
export const RATINGS = valuesOf<SatisfactionRating>({ good: true, bad: true });

export const REFUND_KINDS = valuesOf<RefundKind>({
  refund: true,
  bill_adjustment: true,
  account_credit: true,
});
export const REFUND_REASONS = valuesOf<RefundReason>({
  duplicate: true,
  fraudulent: true,
  requested_by_customer: true,
  damaged_in_transit: true,
  lost_item: true,
  defective_product: true,
  service_failure: true,
  billing_error: true,
  goodwill: true,
});
export const REFUND_STATUSES = valuesOf<RefundStatus>({
  requested: true,
  approved: true,
  rejected: true,
  issued: true,
  settled: true,
  failed: true,
});

export const DIRECTIONS = valuesOf<Direction>({ inbound: true, outbound: true });
export const INTERACTION_STATUSES = valuesOf<InteractionStatus>({
  queued: true,
  active: true,
  on_hold: true,
  ended: true,
});
