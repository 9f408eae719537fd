import {
  customerCommandPayloads,
  customerDecider,
  customerEventCodec,
  customerStreamId,
  type CustomerEvent,
  type CustomerId,
  type CustomerState,
} from '@casebook/domain';
import type { Role } from '../auth/jwt';
import type { CommandRoute } from '../commands/command-route';
import { slice } from '../commands/slice';
import { storedCodec } from '../commands/stored-codec';
import { view } from '../queries/aggregate-view';

const codec = storedCodec(customerEventCodec);
const WORKERS: readonly Role[] = ['agent', 'supervisor'];

/** Customers hold personal data: analysts work from read models, not from this. */
export const CUSTOMER_READERS: readonly Role[] = ['agent', 'supervisor', 'auditor', 'service'];

export const customerView = view<CustomerState, CustomerEvent>({
  resource: 'customers',
  streamId: (id) => customerStreamId(id as CustomerId),
  decider: customerDecider,
  codec,
});

const customers = slice({
  resource: 'customers',
  idField: 'customerId',
  streamId: (id) => customerStreamId(id as CustomerId),
  decider: customerDecider as never,
  codec: codec as never,
  payloads: customerCommandPayloads,
});

export const registerCustomerRoute = customers.create('RegisterCustomer', 'Register a customer', WORKERS);

export const customerActionRoutes: readonly CommandRoute[] = [
  customers.act('contact-details', 'ChangeContactDetails', 'Change contact details', WORKERS),
  customers.act(
    'payment-method',
    'ChangePaymentMethod',
    'Change the payment method (a token, never card data)',
    WORKERS,
  ),
  customers.act('verify-identity', 'VerifyIdentity', 'Record an identity verification', WORKERS),
  customers.act('confirm-transaction', 'ConfirmTransaction', 'Record a confirmed transaction', WORKERS),
];
