import { commandPayload } from '../shared/codec';
import { CustomerId } from '../shared/ids';
import { commandUnionCodec, type CommandOf } from '../shared/messages';
import { PositiveMoney } from '../shared/money';
import { Label } from '../shared/primitives';
import { Email, NotCardData, PersonName, Phone, PostalAddress, VerificationMethod } from './codecs';

const id = { customerId: CustomerId };

/** Command payload codecs keyed by command type. */
export const customerCommandPayloads = {
  RegisterCustomer: commandPayload(
    'RegisterCustomer',
    { ...id, name: PersonName, email: Email },
    { phone: Phone, address: PostalAddress },
  ),
  ChangeContactDetails: commandPayload('ChangeContactDetails', id, {
    name: PersonName,
    email: Email,
    phone: Phone,
    address: PostalAddress,
  }),
  ChangePaymentMethod: commandPayload('ChangePaymentMethod', {
    ...id,
    token: NotCardData,
    maskedLabel: NotCardData,
  }),
  VerifyIdentity: commandPayload('VerifyIdentity', { ...id, method: VerificationMethod }),
  ConfirmTransaction: commandPayload('ConfirmTransaction', {
    ...id,
    transactionId: Label,
    amount: PositiveMoney,
  }),
} as const;

export type CustomerCommand = CommandOf<typeof customerCommandPayloads>;
export type CustomerCommandType = CustomerCommand['type'];

export const customerCommandCodec = commandUnionCodec('CustomerCommand', customerCommandPayloads);
