import { eventPayload } from '../shared/codec';
import { CustomerId } from '../shared/ids';
import { Instant } from '../shared/instant';
import { eventUnionCodec, type EventOf } from '../shared/messages';
import { PositiveMoney } from '../shared/money';
import { personal } from '../shared/personal';
// Stored events read under the rules they were written with (see StoredLabel).
import { StoredLabel as Label, StoredText as Text } from '../shared/primitives';
import {
  Email,
  ErasureRefusals,
  LegalBasis,
  NotCardData,
  Phone,
  PostalAddress,
  VerificationMethod,
} from './codecs';

const id = { customerId: CustomerId };
/** Personal data: each may read as `ERASED` once the customer's key is destroyed. */
const contact = {
  name: personal(Label),
  email: personal(Email),
  phone: personal(Phone),
  address: personal(PostalAddress),
};

/** Event payload codecs keyed by event type. */
export const customerEventPayloads = {
  CustomerRegistered: eventPayload(
    'CustomerRegistered',
    { ...id, name: contact.name, email: contact.email, registeredAt: Instant },
    { phone: contact.phone, address: contact.address },
  ),
  /** Carries only the fields that changed. */
  ContactDetailsChanged: eventPayload('ContactDetailsChanged', { ...id, changedAt: Instant }, contact),
  PaymentMethodChanged: eventPayload('PaymentMethodChanged', {
    ...id,
    token: NotCardData,
    maskedLabel: NotCardData,
    changedAt: Instant,
  }),
  IdentityVerified: eventPayload('IdentityVerified', {
    ...id,
    method: VerificationMethod,
    verifiedAt: Instant,
  }),
  TransactionConfirmed: eventPayload('TransactionConfirmed', {
    ...id,
    transactionId: Label,
    amount: PositiveMoney,
    confirmedAt: Instant,
  }),
  /** A recorded refusal, not an error: the request and why the data must be kept are on file. */
  CustomerErasureRefused: eventPayload('CustomerErasureRefused', {
    ...id,
    reason: Text,
    legalBasis: LegalBasis,
    refusals: ErasureRefusals,
    refusedAt: Instant,
  }),
  /** The storage layer destroys the customer's key on this: every personal field then reads as erased. */
  CustomerPiiErased: eventPayload('CustomerPiiErased', {
    ...id,
    reason: Text,
    legalBasis: LegalBasis,
    erasedAt: Instant,
  }),
  LegalHoldPlaced: eventPayload('LegalHoldPlaced', {
    ...id,
    reason: Text,
    reference: Label,
    placedAt: Instant,
  }),
  LegalHoldReleased: eventPayload('LegalHoldReleased', { ...id, reason: Text, releasedAt: Instant }),
} as const;

export type CustomerEvent = EventOf<typeof customerEventPayloads>;
export type CustomerEventType = CustomerEvent['type'];

export const customerEventCodec = eventUnionCodec('CustomerEvent', customerEventPayloads);

/** Current schema version per event type. */
export const customerEventSchemaVersions: Readonly<Record<CustomerEventType, number>> = {
  CustomerRegistered: 1,
  ContactDetailsChanged: 1,
  PaymentMethodChanged: 1,
  IdentityVerified: 1,
  TransactionConfirmed: 1,
  CustomerErasureRefused: 1,
  CustomerPiiErased: 1,
  LegalHoldPlaced: 1,
  LegalHoldReleased: 1,
};
