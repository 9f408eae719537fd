import { commandPayload } from '../shared/codec';
import { CustomerId } from '../shared/ids';
import { commandUnionCodec, type CommandOf } from '../shared/messages';
import { PositiveMoney } from '../shared/money';
import { Label, Text } from '../shared/primitives';
import {
  Email,
  LegalBasis,
  NotCardData,
  PersonName,
  Phone,
  PostalAddress,
  VerificationMethod,
} from './codecs';

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
  /** The data subject's request to erase their personal data (GDPR Art. 17). */
  RequestErasure: commandPayload('RequestErasure', { ...id, reason: Text, legalBasis: LegalBasis }),
  /** Keeps the personal data, e.g. for litigation or a regulator's inquiry, whatever is requested. */
  PlaceLegalHold: commandPayload('PlaceLegalHold', { ...id, reason: Text, reference: Label }),
  ReleaseLegalHold: commandPayload('ReleaseLegalHold', { ...id, reason: Text }),
} as const;

export type CustomerCommand = CommandOf<typeof customerCommandPayloads>;
export type CustomerCommandType = CustomerCommand['type'];

export const customerCommandCodec = commandUnionCodec('CustomerCommand', customerCommandPayloads);
