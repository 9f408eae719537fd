import { errorsOf, type DomainError } from '../shared/errors';

/** Every return refusal and its kind. */
export const returnErrorKinds = {
  ReturnNotFound: 'not_found',
  ReturnAlreadyRequested: 'conflict',
  InvalidTransition: 'rule',
  MixedCurrencies: 'rule',
  OutsideReturnWindow: 'rule',
  DeadlineBeforeNow: 'rule',
  NotYetDue: 'rule',
  SystemOnly: 'forbidden',
  UnknownLine: 'rule',
  NotReceived: 'rule',
  NotInspected: 'rule',
  AlreadyInspected: 'rule',
  QuantityExceedsAuthorised: 'rule',
  QuantityExceedsReceived: 'rule',
  NoTransitDamage: 'rule',
  ClaimAlreadyOpened: 'rule',
  RefundDetailsRequired: 'rule',
  RefundDetailsNotExpected: 'rule',
  ComplaintRequiredForRefund: 'rule',
  ExchangeOrderRequired: 'rule',
  RefundExceedsReturnValue: 'rule',
  CurrencyMismatch: 'rule',
  CustomerDamageResolution: 'rule',
  SupervisorApprovalRequired: 'rule',
  ContextRequired: 'rule',
} as const;

export type ReturnErrorTag = keyof typeof returnErrorKinds;

export type ReturnError = DomainError<ReturnErrorTag>;

/** Builds a return error. */
export const returnError = errorsOf(returnErrorKinds);
