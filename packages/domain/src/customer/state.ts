import type { CustomerId } from '../shared/ids';
import type { PostalAddress } from './codecs';

export interface CustomerFacts {
  readonly customerId: CustomerId;
  readonly name: string;
  readonly email: string;
  readonly phone: string | null;
  readonly address: PostalAddress | null;
  readonly paymentToken: string | null;
  readonly confirmedTransactions: ReadonlyArray<string>;
}

/** `registered → verified` once identity is checked. */
export type CustomerState =
  { readonly status: 'unregistered' } | (CustomerFacts & { readonly status: 'registered' | 'verified' });

export const initialCustomerState: CustomerState = { status: 'unregistered' };
