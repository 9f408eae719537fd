import { errorsOf, type DomainError } from '../shared/errors';

/** Every customer refusal and its kind. */
export const customerErrorKinds = {
  CustomerNotFound: 'not_found',
  CustomerAlreadyRegistered: 'conflict',
  NothingChanged: 'rule',
} as const;

export type CustomerErrorTag = keyof typeof customerErrorKinds;

export type CustomerError = DomainError<CustomerErrorTag>;

/** Builds a customer error. */
export const customerError = errorsOf(customerErrorKinds);
