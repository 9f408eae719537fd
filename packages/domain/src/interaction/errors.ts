import { domainError, type DomainError } from '../shared/errors';

export type InteractionErrorTag =
  | 'InteractionNotFound'
  | 'InteractionAlreadyExists'
  | 'InteractionEnded'
  | 'InvalidTransition'
  | 'AlreadyLinked';

export type InteractionError = DomainError<InteractionErrorTag>;

/** Builds an interaction error. */
export const interactionError = (tag: InteractionErrorTag, message: string): InteractionError =>
  domainError(tag, message);
