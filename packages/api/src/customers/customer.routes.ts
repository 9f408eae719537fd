import { customerAggregate } from '@casebook/domain';
import { CASE_WORKERS as roles } from '../auth/role-sets';
import type { CommandRoute } from '../commands/command-route';
import { commandRoutes } from '../commands/command-routes';
import { RunCustomerCommand } from './customer.handler';

const customers = commandRoutes(customerAggregate, {
  resource: 'customers',
  idField: 'customerId',
  message: (command, request) => new RunCustomerCommand(command, request),
});

export const registerCustomerRoute = customers.create('RegisterCustomer', {
  summary: 'Register a customer',
  roles,
});

export const customerActionRoutes: readonly CommandRoute[] = [
  customers.action('contact-details', 'ChangeContactDetails', { summary: 'Change contact details', roles }),
  customers.action('payment-method', 'ChangePaymentMethod', {
    summary: 'Change the payment method (a token, never card data)',
    roles,
  }),
  customers.action('verify-identity', 'VerifyIdentity', {
    summary: 'Record an identity verification',
    roles,
  }),
  customers.action('confirm-transaction', 'ConfirmTransaction', {
    summary: 'Record a confirmed transaction',
    roles,
  }),
];
