import { customerAggregate } from '@casebook/domain';
import { ADMINS, CASE_WORKERS } from '../auth/role-sets';
import type { CommandRoute } from '../commands/command-route';
import { commandRoutes } from '../commands/command-routes';
import { RunCustomerCommand } from './customer.handler';

const customers = commandRoutes(customerAggregate, {
  resource: 'customers',
  idField: 'customerId',
  roles: CASE_WORKERS,
  message: (command, request) => new RunCustomerCommand(command, request),
});

export const registerCustomerRoute = customers.create('RegisterCustomer', 'Register a customer');

export const customerActionRoutes: readonly CommandRoute[] = [
  customers.action('contact-details', 'ChangeContactDetails', 'Change contact details'),
  customers.action(
    'payment-method',
    'ChangePaymentMethod',
    'Change the payment method (a token, never card data)',
  ),
  customers.action('verify-identity', 'VerifyIdentity', 'Record an identity verification'),
  customers.action('confirm-transaction', 'ConfirmTransaction', 'Record a confirmed transaction'),
  customers.action(
    'erasure',
    'RequestErasure',
    "Erase the customer's personal data (destroys their key); refused, and the refusal recorded, while a complaint is open, a retention period runs or a legal hold is set",
    ADMINS,
  ),
  customers.action(
    'legal-hold',
    'PlaceLegalHold',
    'Place a legal hold: erasure is refused until it is released',
    ADMINS,
  ),
  customers.action('release-legal-hold', 'ReleaseLegalHold', 'Release the legal hold', ADMINS),
];
