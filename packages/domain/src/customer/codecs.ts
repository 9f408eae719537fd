import * as t from 'io-ts';
import { commandPayload, eventPayload, refine } from '../shared/codec';
import { ComplaintId } from '../shared/ids';
import { Instant } from '../shared/instant';
import { ERASED } from '../shared/personal';
import { Label, oneOf, Text } from '../shared/primitives';
import { SINGLE_LINE, textFault } from '../shared/text';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/;
const COUNTRY = /^[A-Z]{2}$/;
const DIGIT_RUN = /\d(?:[ -]?\d){11,18}/g;

/** Luhn checksum, as card numbers carry. */
export const luhn = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
};

/**
 * True when `s` contains something that could be a primary account number: 13 to 19 digits
 * (spaces and dashes allowed between them) that pass the Luhn check. We never store card data,
 * so such input is refused even if it is a coincidence.
 */
export const looksLikeCardNumber = (s: string): boolean =>
  (s.match(DIGIT_RUN) ?? []).some((run) => {
    const digits = run.replace(/[ -]/g, '');
    return digits.length >= 13 && digits.length <= 19 && luhn(digits);
  });

/** An email address; one holding what is not text (text.ts) is refused saying so. */
export const Email = new t.Type<string, string, unknown>(
  'Email',
  (u): u is string =>
    typeof u === 'string' && u.length <= 254 && EMAIL.test(u) && textFault(u, SINGLE_LINE) === undefined,
  (u, c) => {
    if (typeof u !== 'string' || u.length > 254 || !EMAIL.test(u))
      return t.failure(u, c, u === undefined ? 'is required' : 'expected an email address');
    const fault = textFault(u, SINGLE_LINE);
    return fault === undefined ? t.success(u) : t.failure(u, c, fault);
  },
  (a) => a,
);
export const Phone = refine(
  t.string,
  (s) => PHONE.test(s),
  'Phone',
  'a phone number such as +44 20 7946 0000',
);
export const CountryCode = refine(
  t.string,
  (s) => COUNTRY.test(s),
  'CountryCode',
  'an ISO 3166 alpha-2 country code',
);

/**
 * A person's name as a command gives it: a `Label` that is not the erased marker, so a name
 * can never be mistaken for one that was shredded.
 */
export const PersonName = new t.Type<string, string, unknown>(
  'PersonName',
  (u): u is string => Label.is(u) && u.trim() !== ERASED,
  (u, c) => {
    const label = Label.validate(u, c);
    if (label._tag === 'Left') return label;
    return label.right.trim() === ERASED
      ? t.failure(u, c, `${ERASED} is reserved for erased personal data`)
      : label;
  },
  (a) => a,
);

export const PostalAddress = commandPayload(
  'PostalAddress',
  { line1: Label, city: Label, postcode: Label, country: CountryCode },
  { line2: Label, region: Label },
);
export type PostalAddress = t.TypeOf<typeof PostalAddress>;

/** A payment-provider token or a masked label: never a card number. A `Label`'s reasons first. */
export const NotCardData = new t.Type<string, string, unknown>(
  'NotCardData',
  (u): u is string => Label.is(u) && !looksLikeCardNumber(u),
  (u, c) => {
    const label = Label.validate(u, c);
    if (label._tag === 'Left') return label;
    return looksLikeCardNumber(label.right)
      ? t.failure(u, c, 'expected a token or masked label, not a card number')
      : label;
  },
  (a) => a,
);

export const VerificationMethod = oneOf(
  ['document', 'knowledge_based', 'biometric', 'in_person'],
  'VerificationMethod',
);
export type VerificationMethod = t.TypeOf<typeof VerificationMethod>;

/** The grounds for erasure of GDPR Art. 17(1), (a) to (f), that the requester invokes. */
export const LegalBasis = oneOf(
  [
    'no_longer_necessary',
    'consent_withdrawn',
    'objection',
    'unlawful_processing',
    'legal_obligation',
    'child_consent',
  ],
  'LegalBasis',
);
export type LegalBasis = t.TypeOf<typeof LegalBasis>;

/** Why personal data must still be kept (Art. 17(3)): each blocks an erasure request. */
export const RefusalRule = oneOf(['open_complaint', 'retention_period', 'legal_hold'], 'RefusalRule');
export type RefusalRule = t.TypeOf<typeof RefusalRule>;

/** One reason an erasure was refused; `complaintId` and `until` when a complaint is the reason. */
export const ErasureRefusal = eventPayload(
  'ErasureRefusal',
  { rule: RefusalRule, detail: Text },
  { complaintId: ComplaintId, until: Instant },
);
export type ErasureRefusal = t.TypeOf<typeof ErasureRefusal>;

/** At least one refusal: a refused erasure always says why. */
export const ErasureRefusals = new t.Type<ReadonlyArray<ErasureRefusal>, ReadonlyArray<unknown>, unknown>(
  'ErasureRefusals',
  (u): u is ReadonlyArray<ErasureRefusal> => Array.isArray(u) && u.length > 0 && u.every(ErasureRefusal.is),
  (u, c) => {
    const all = t.readonlyArray(ErasureRefusal).validate(u, c);
    if (all._tag === 'Left') return all;
    return all.right.length > 0 ? all : t.failure(u, c, 'expected at least one refusal');
  },
  (a) => a.map(ErasureRefusal.encode),
);
