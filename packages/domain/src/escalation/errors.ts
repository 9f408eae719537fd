import { domainError, type DomainError } from '../shared/errors';

export type EscalationErrorTag =
  | 'EscalationNotFound'
  | 'EscalationAlreadyRaised'
  | 'EscalationAlreadyOpen'
  | 'EscalationClosed'
  | 'ComplaintNotFound'
  | 'ComplaintClosed'
  | 'LevelCannotDecrease'
  | 'NothingChanged'
  | 'ContextRequired';

export type EscalationError = DomainError<EscalationErrorTag>;

/** Builds an escalation error. */
export const escalationError = (
  tag: EscalationErrorTag,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): EscalationError => domainError(tag, message, details);
