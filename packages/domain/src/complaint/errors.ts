import { domainError, type DomainError } from '../shared/errors';

export type ComplaintErrorTag =
  | 'ComplaintNotFound'
  | 'ComplaintAlreadyFiled'
  | 'ComplaintClosed'
  | 'InvalidTransition'
  | 'NothingChanged'
  | 'AlreadyAssigned'
  | 'NotAssigned'
  | 'InformationRequestNotFound'
  | 'ProductTestAlreadyRequested'
  | 'ProductTestNotFound'
  | 'ProductTestResultAlreadyRecorded'
  | 'FinalResponseAlreadySent'
  | 'ReferralRightsRequired'
  | 'RootCauseRequired'
  | 'FinalResponseRequired'
  | 'RefundInFlight'
  | 'EscalationOpen'
  | 'ContextRequired'
  | 'ContextIncomplete'
  | 'SatisfactionAlreadyRated'
  | 'CurrencyMismatch';

export type ComplaintError = DomainError<ComplaintErrorTag>;

/** Builds a complaint error. */
export const complaintError = (
  tag: ComplaintErrorTag,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): ComplaintError => domainError(tag, message, details);
