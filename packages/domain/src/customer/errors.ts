import { errorsOf, type DomainError } from '../shared/errors';

/** Every customer refusal and its kind. */
export const customerErrorKinds = {
  CustomerNotFound: 'not_found',
  CustomerAlreadyRegistered: 'conflict',
  NothingChanged: 'rule',
  /** The customer's personal data is erased: the record takes no more changes. */
  CustomerErased: 'rule',
  LegalHoldInPlace: 'conflict',
  NoLegalHold: 'rule',
  /** An erasure was refused (and the refusal recorded): a complaint is open, a retention period runs, or a legal hold. */
  ErasureRefused: 'rule',
  /** `RequestErasure` was decided without the customer's complaints and the retention policy. */
  ContextRequired: 'rule',
} as const;

export type CustomerErrorTag = keyof typeof customerErrorKinds;

export type CustomerError = DomainError<CustomerErrorTag>;

/** Builds a customer error. */
export const customerError = errorsOf(customerErrorKinds);
