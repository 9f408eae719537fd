import {
  Channel,
  Direction,
  Priority,
  RefundKind,
  RefundReason,
  ReturnReason,
  ReturnResolution,
  Regime,
  SatisfactionRating,
} from '@casebook/domain';

/**
 * The values of the domain's string unions that the read models' text columns hold, for report
 * filters (which refuse other values) and the API document (which lists them): taken from the
 * domain's codecs and status lists, never written again here.
 */
export { COMPLAINT_STATUSES, INTERACTION_STATUSES, REFUND_STATUSES, RETURN_STATUSES } from '@casebook/domain';
export const CHANNELS = Channel.values;
export const PRIORITIES = Priority.values;
export const REGIMES = Regime.values;
export const RATINGS = SatisfactionRating.values;
export const REFUND_KINDS = RefundKind.values;
export const REFUND_REASONS = RefundReason.values;
export const DIRECTIONS = Direction.values;
export const RETURN_REASONS = ReturnReason.values;
export const RETURN_RESOLUTIONS = ReturnResolution.values;
