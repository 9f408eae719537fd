import { decodeWith, formatErrors } from '../shared/decode';
import { commandsOf, eventsOf, meta, specFor } from '../testing';
import { looksLikeCardNumber } from './codecs';
import { customerCommandPayloads } from './commands';
import { customerEventPayloads } from './events';
import { customerDecider } from './index';

const { given } = specFor(customerDecider);
const ev = eventsOf(customerEventPayloads);
const build = commandsOf(customerCommandPayloads);
const now = '2024-03-06T10:00:00Z';
const m = meta(now, 'agent', 'agent-1');
const customerId = 'cust-1';
const address = { line1: '1 High St', city: 'Leeds', postcode: 'LS1 1AA', country: 'GB' };
const registered = ev('CustomerRegistered', {
  customerId,
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  registeredAt: now,
});

describe('customer', () => {
  it('registers a customer once', () => {
    const register = build(
      'RegisterCustomer',
      { customerId, name: 'Ada Lovelace', email: 'ada@example.com' },
      m,
    );
    given([]).when(register).then([registered]);
    given([registered]).when(register).thenFails('CustomerAlreadyRegistered');
  });

  it('records only the contact details that changed', () => {
    given([registered])
      .when(
        build(
          'ChangeContactDetails',
          { customerId, name: 'Ada Lovelace', email: 'ada@new.example', address },
          m,
        ),
      )
      .then([ev('ContactDetailsChanged', { customerId, email: 'ada@new.example', address, changedAt: now })]);
  });

  it('refuses a change that changes nothing', () => {
    given([registered])
      .when(build('ChangeContactDetails', { customerId, email: 'ada@example.com' }, m))
      .thenFails('NothingChanged');
  });

  it('changes the payment method to a token and a masked label', () => {
    const data = { customerId, token: 'pm_1Nv0a2', maskedLabel: 'Visa •••• 4242' };
    const changed = given([registered])
      .when(build('ChangePaymentMethod', data, m))
      .then([ev('PaymentMethodChanged', { ...data, changedAt: now })]);
    given([registered, ...changed])
      .when(build('ChangePaymentMethod', data, m))
      .thenFails('NothingChanged');
  });

  it('refuses a payment method that looks like a card number', () => {
    const result = decodeWith(customerCommandPayloads.ChangePaymentMethod, {
      customerId,
      token: 'pm_1',
      maskedLabel: 'Visa 4242 4242 4242 4242',
    });
    expect(result._tag === 'Left' && formatErrors(result.left)).toEqual([
      'maskedLabel: expected a token or masked label, not a card number',
    ]);
  });

  it('tells card numbers (Luhn, 13-19 digits) from other digit strings', () => {
    expect(looksLikeCardNumber('4111-1111-1111-1111')).toBe(true);
    expect(looksLikeCardNumber('4111 1111 1111 1112')).toBe(false);
    expect(looksLikeCardNumber('order 12345678')).toBe(false);
  });

  it('verifies identity; verifying again records nothing', () => {
    const verify = build('VerifyIdentity', { customerId, method: 'document' }, m);
    const verified = given([registered])
      .when(verify)
      .then([ev('IdentityVerified', { customerId, method: 'document', verifiedAt: now })]);
    given([registered, ...verified])
      .when(verify)
      .thenNothingHappens();
  });

  it('confirms a transaction once per transaction id', () => {
    const data = { customerId, transactionId: 'tx-9', amount: { minor: 1999, currency: 'GBP' } };
    const confirmed = given([registered])
      .when(build('ConfirmTransaction', data, m))
      .then([ev('TransactionConfirmed', { ...data, confirmedAt: now })]);
    given([registered, ...confirmed])
      .when(build('ConfirmTransaction', data, m))
      .thenNothingHappens();
  });

  it('refuses commands for an unregistered customer', () => {
    given([])
      .when(build('VerifyIdentity', { customerId, method: 'in_person' }, m))
      .thenFails('CustomerNotFound');
  });
});
