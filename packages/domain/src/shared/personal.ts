import * as t from 'io-ts';
import { isRecord } from './codec';

/**
 * What a reader gets in place of a personal field once the customer's key is destroyed
 * (crypto-shredding): the storage layer cannot decrypt it any more and hands this marker over.
 */
export const ERASED = '[erased]';
export type Erased = typeof ERASED;

/** The erased marker, and nothing else. */
export const Erased = t.literal(ERASED, 'Erased');

/** A personal value as events carry it: the value, or the marker once it has been shredded. */
export type Personal<A> = A | Erased;

/**
 * `codec`, or the erased marker: for personal fields of EVENT payloads, which must still read
 * after the key is gone. A value that is neither fails with `codec`'s own reason, so a bad stored
 * email still reads as "expected an email address". Commands stay strict: never wrap them.
 */
export const personal = <C extends t.Mixed>(
  codec: C,
): t.Type<t.TypeOf<C> | Erased, t.OutputOf<C> | Erased, unknown> =>
  new t.Type<t.TypeOf<C> | Erased, t.OutputOf<C> | Erased, unknown>(
    `Personal<${codec.name}>`,
    (u): u is t.TypeOf<C> | Erased => u === ERASED || codec.is(u),
    (u, c) => (u === ERASED ? t.success(ERASED) : codec.validate(u, c)),
    (a) => (a === ERASED ? ERASED : (codec.encode(a) as t.OutputOf<C>)),
  );

/**
 * Which fields of which event types hold personal data: what the storage layer encrypts under
 * the subject's key and reads back as `ERASED` once the key is destroyed. Plain data, so the
 * event store needs no codec. A spec checks every field against its payload codec.
 */
export const personalDataFields: Readonly<Record<string, readonly string[]>> = {
  CustomerRegistered: ['name', 'email', 'phone', 'address'],
  ContactDetailsChanged: ['name', 'email', 'phone', 'address'],
  InteractionEnded: ['summary'],
};

/**
 * The data subject of an event payload: its `customerId` when it has one as a string. Interaction
 * events after the first carry no `customerId` (`InteractionEnded` among them), so for those this
 * is undefined and the subject is the `customerId` of the stream's `InteractionQueued` or
 * `InteractionStarted`.
 */
export const personalDataSubject = (data: unknown): string | undefined =>
  isRecord(data) && typeof data.customerId === 'string' ? data.customerId : undefined;

/**
 * What the event store's sealing takes (its `PersonalDataPolicy`): which fields, whose they are,
 * and what a reader sees once they are erased.
 */
export const personalDataPolicy = {
  fields: personalDataFields,
  subjectOf: personalDataSubject,
  erased: ERASED,
} as const;
