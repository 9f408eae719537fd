import { errorsOf, type DomainError } from '../shared/errors';

/** Every complaint refusal and its kind: a lookup that misses inside an existing complaint is a rule. */
export const complaintErrorKinds = {
  ComplaintNotFound: 'not_found',
  ComplaintAlreadyFiled: 'conflict',
  ComplaintClosed: 'rule',
  InvalidTransition: 'rule',
  NothingChanged: 'rule',
  AlreadyAssigned: 'rule',
  NotAssigned: 'rule',
  InformationRequestNotFound: 'rule',
  ProductTestAlreadyRequested: 'rule',
  ProductTestNotFound: 'rule',
  ProductTestResultAlreadyRecorded: 'rule',
  FinalResponseAlreadySent: 'rule',
  ReferralRightsRequired: 'rule',
  RootCauseRequired: 'rule',
  FinalResponseRequired: 'rule',
  RefundInFlight: 'rule',
  EscalationOpen: 'rule',
  ReturnOpen: 'rule',
  ContextRequired: 'rule',
  ContextIncomplete: 'rule',
  SatisfactionAlreadyRated: 'rule',
  CurrencyMismatch: 'rule',
  SystemOnly: 'forbidden',
} as const;

export type ComplaintErrorTag = keyof typeof complaintErrorKinds;

export type ComplaintError = DomainError<ComplaintErrorTag>;

/** Builds a complaint error. */
export const complaintError = errorsOf(complaintErrorKinds);
