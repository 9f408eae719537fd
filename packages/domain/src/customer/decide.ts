import * as E from 'fp-ts/Either';
import type { Of } from '../shared/messages';
import { ERASED, type Personal } from '../shared/personal';
import type { PostalAddress } from './codecs';
import type { CustomerCommand } from './commands';
import type { ErasureContext } from './context';
import * as erasure from './decide-erasure';
import { customerError, type CustomerError } from './errors';
import type { CustomerEvent } from './events';
import type { CustomerFacts, CustomerState } from './state';

type Result = E.Either<CustomerError, ReadonlyArray<CustomerEvent>>;
type Registered = CustomerFacts & { readonly status: 'registered' | 'verified' };

const sameAddress = (a: Personal<PostalAddress> | null, b: PostalAddress): boolean =>
  a !== null &&
  a !== ERASED &&
  (['line1', 'line2', 'city', 'region', 'postcode', 'country'] as const).every((k) => a[k] === b[k]);

/** Only the fields that differ go into the event, so the history shows what really changed. */
const changeContact = (
  { data, metadata }: Of<CustomerCommand, 'ChangeContactDetails'>,
  s: Registered,
): Result => {
  const changed = {
    ...(data.name !== undefined && data.name !== s.name ? { name: data.name } : {}),
    ...(data.email !== undefined && data.email !== s.email ? { email: data.email } : {}),
    ...(data.phone !== undefined && data.phone !== s.phone ? { phone: data.phone } : {}),
    ...(data.address !== undefined && !sameAddress(s.address, data.address) ? { address: data.address } : {}),
  };
  if (Object.keys(changed).length === 0)
    return E.left(customerError('NothingChanged', 'the contact details are unchanged'));
  return E.right([
    {
      type: 'ContactDetailsChanged',
      data: { customerId: s.customerId, ...changed, changedAt: metadata.now },
    },
  ]);
};

const decideRegistered = (
  command: Exclude<CustomerCommand, { type: 'RegisterCustomer' }>,
  s: Registered,
  ctx: ErasureContext | undefined,
): Result => {
  const { metadata } = command;
  switch (command.type) {
    case 'ChangeContactDetails':
      return changeContact(command, s);
    case 'ChangePaymentMethod':
      return s.paymentToken === command.data.token
        ? E.left(customerError('NothingChanged', 'this payment method is already on file'))
        : E.right([{ type: 'PaymentMethodChanged', data: { ...command.data, changedAt: metadata.now } }]);
    case 'VerifyIdentity':
      // A second verification adds nothing the first did not establish.
      return s.status === 'verified'
        ? E.right([])
        : E.right([{ type: 'IdentityVerified', data: { ...command.data, verifiedAt: metadata.now } }]);
    case 'ConfirmTransaction':
      return s.confirmedTransactions.includes(command.data.transactionId)
        ? E.right([])
        : E.right([{ type: 'TransactionConfirmed', data: { ...command.data, confirmedAt: metadata.now } }]);
    case 'RequestErasure':
      return erasure.requestErasure(command, s, ctx);
    case 'PlaceLegalHold':
      return erasure.placeLegalHold(command, s);
    case 'ReleaseLegalHold':
      return erasure.releaseLegalHold(command, s);
  }
};

/**
 * Decides a customer command. Erased is terminal: a second erasure request records nothing, and
 * every other command is refused. `context` is read only by `RequestErasure`.
 */
export const decideCustomer = (
  command: CustomerCommand,
  state: CustomerState,
  context?: ErasureContext,
): Result => {
  const { customerId } = command.data;
  if (state.status === 'erased') {
    return command.type === 'RequestErasure'
      ? E.right([])
      : E.left(customerError('CustomerErased', `customer ${customerId}'s personal data is erased`));
  }
  if (command.type === 'RegisterCustomer') {
    return state.status !== 'unregistered'
      ? E.left(customerError('CustomerAlreadyRegistered', `customer ${customerId} exists`))
      : E.right([
          { type: 'CustomerRegistered', data: { ...command.data, registeredAt: command.metadata.now } },
        ]);
  }
  if (state.status === 'unregistered') {
    return E.left(customerError('CustomerNotFound', `customer ${customerId} is not registered`));
  }
  return decideRegistered(command, state, context);
};
