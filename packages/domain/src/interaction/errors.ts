import { errorsOf, type DomainError } from '../shared/errors';

/** Every interaction refusal and its kind. */
export const interactionErrorKinds = {
  InteractionNotFound: 'not_found',
  InteractionAlreadyExists: 'conflict',
  InteractionEnded: 'rule',
  InvalidTransition: 'rule',
  AlreadyLinked: 'rule',
} as const;

export type InteractionErrorTag = keyof typeof interactionErrorKinds;

export type InteractionError = DomainError<InteractionErrorTag>;

/** Builds an interaction error. */
export const interactionError = errorsOf(interactionErrorKinds);
