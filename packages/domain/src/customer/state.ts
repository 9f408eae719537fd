import type { CustomerId } from '../shared/ids';
import type { Instant } from '../shared/instant';
import type { Personal } from '../shared/personal';
import type { PostalAddress } from './codecs';

export interface CustomerFacts {
  readonly customerId: CustomerId;
  /** Contact details are personal: each reads as `ERASED` once the customer's key is destroyed. */
  readonly name: Personal<string>;
  readonly email: Personal<string>;
  readonly phone: Personal<string> | null;
  readonly address: Personal<PostalAddress> | null;
  readonly paymentToken: string | null;
  readonly confirmedTransactions: ReadonlyArray<string>;
  /** While set, the personal data must be kept: erasure is refused. */
  readonly legalHold: {
    readonly reason: string;
    readonly reference: string;
    readonly placedAt: Instant;
  } | null;
  readonly erasedAt: Instant | null;
}

/**
 * `registered → verified` once identity is checked; either `→ erased` when the personal data is
 * erased, which is terminal: name and email then read `ERASED`, phone, address and payment token
 * null.
 */
export type CustomerState =
  | { readonly status: 'unregistered' }
  | (CustomerFacts & { readonly status: 'registered' | 'verified' })
  | (CustomerFacts & { readonly status: 'erased' });

export const initialCustomerState: CustomerState = { status: 'unregistered' };
