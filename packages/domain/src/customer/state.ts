import type { CustomerId } from '../shared/ids';
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
}

/** `registered → verified` once identity is checked. */
export type CustomerState =
  { readonly status: 'unregistered' } | (CustomerFacts & { readonly status: 'registered' | 'verified' });

export const initialCustomerState: CustomerState = { status: 'unregistered' };
