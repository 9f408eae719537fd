import { errorsOf, type DomainError } from '../shared/errors';

/** Every escalation refusal and its kind. */
export const escalationErrorKinds = {
  EscalationNotFound: 'not_found',
  EscalationAlreadyRaised: 'conflict',
  EscalationAlreadyOpen: 'rule',
  EscalationClosed: 'rule',
  ComplaintNotFound: 'not_found',
  ComplaintClosed: 'rule',
  LevelCannotDecrease: 'rule',
  NothingChanged: 'rule',
  ContextRequired: 'rule',
} as const;

export type EscalationErrorTag = keyof typeof escalationErrorKinds;

export type EscalationError = DomainError<EscalationErrorTag>;

/** Builds an escalation error. */
export const escalationError = errorsOf(escalationErrorKinds);
