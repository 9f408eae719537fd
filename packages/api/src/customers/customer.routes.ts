import { customerAggregate } from '@casebook/domain';
import { CASE_WORKERS } from '../auth/role-sets';
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
];
