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
  }
};
