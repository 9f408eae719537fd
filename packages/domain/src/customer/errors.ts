import { domainError, type DomainError } from '../shared/errors';

export type CustomerErrorTag = 'CustomerNotFound' | 'CustomerAlreadyRegistered' | 'NothingChanged';

export type CustomerError = DomainError<CustomerErrorTag>;

/** Builds a customer error. */
export const customerError = (tag: CustomerErrorTag, message: string): CustomerError =>
  domainError(tag, message);
