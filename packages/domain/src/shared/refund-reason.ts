import type * as t from 'io-ts';
import { oneOf } from './primitives';

/** Reasons a refund is made; shared with the refund slice (Stripe's list, widened for service failures). */
export const RefundReason = oneOf(
  [
    'duplicate',
    'fraudulent',
    'requested_by_customer',
    'damaged_in_transit',
    'lost_item',
    'defective_product',
    'service_failure',
    'billing_error',
    'goodwill',
  ],
  'RefundReason',
);
export type RefundReason = t.TypeOf<typeof RefundReason>;
