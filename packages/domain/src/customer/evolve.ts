import { ERASED } from '../shared/personal';
import type { CustomerEvent } from './events';
import type { CustomerState } from './state';

/** Applies one customer event. */
export const evolveCustomer = (state: CustomerState, event: CustomerEvent): CustomerState => {
  if (event.type === 'CustomerRegistered') {
    const { customerId, name, email, phone, address } = event.data;
    return {
      status: 'registered',
      customerId,
      name,
      email,
      phone: phone ?? null,
      address: address ?? null,
      paymentToken: null,
      confirmedTransactions: [],
      legalHold: null,
      erasedAt: null,
    };
  }
  if (state.status === 'unregistered') return state;
  switch (event.type) {
    case 'ContactDetailsChanged': {
      const { name, email, phone, address } = event.data;
      return {
        ...state,
        name: name ?? state.name,
        email: email ?? state.email,
        phone: phone ?? state.phone,
        address: address ?? state.address,
      };
    }
    case 'PaymentMethodChanged':
      return { ...state, paymentToken: event.data.token };
    case 'IdentityVerified':
      return { ...state, status: 'verified' };
    case 'TransactionConfirmed':
      return { ...state, confirmedTransactions: [...state.confirmedTransactions, event.data.transactionId] };
    case 'CustomerErasureRefused':
      // A recorded answer to a request: the data stays as it was.
      return state;
    case 'CustomerPiiErased':
      // The required fields read as the marker, as the shredded events do; the optional ones are
      // simply gone (null), so no reader needs to tell an erased phone from a value.
      return {
        ...state,
        status: 'erased',
        name: ERASED,
        email: ERASED,
        phone: null,
        address: null,
        paymentToken: null,
        erasedAt: event.data.erasedAt,
      };
    case 'LegalHoldPlaced': {
      const { reason, reference, placedAt } = event.data;
      return { ...state, legalHold: { reason, reference, placedAt } };
    }
    case 'LegalHoldReleased':
      return { ...state, legalHold: null };
  }
};
