import { errorsOf, type DomainError } from '../shared/errors';

/** Every refund refusal and its kind. */
export const refundErrorKinds = {
  RefundNotFound: 'not_found',
  RefundAlreadyRequested: 'conflict',
  /** The complaint named in the request does not exist. */
  ComplaintNotFound: 'not_found',
  ComplaintClosed: 'rule',
  CurrencyMismatch: 'rule',
  InvalidAmount: 'rule',
  RefundExceedsPaidAmount: 'rule',
  SelfApprovalForbidden: 'rule',
  SupervisorApprovalRequired: 'rule',
  NotAllowedToApprove: 'forbidden',
  InvalidTransition: 'rule',
  ContextRequired: 'rule',
} as const;

export type RefundErrorTag = keyof typeof refundErrorKinds;

export type RefundError = DomainError<RefundErrorTag>;

/** Builds a refund error. */
export const refundError = errorsOf(refundErrorKinds);
