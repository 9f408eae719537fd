import { domainError, type DomainError } from '../shared/errors';

export type RefundErrorTag =
  | 'RefundNotFound'
  | 'RefundAlreadyRequested'
  | 'ComplaintNotFound'
  | 'ComplaintClosed'
  | 'CurrencyMismatch'
  | 'InvalidAmount'
  | 'RefundExceedsPaidAmount'
  | 'SelfApprovalForbidden'
  | 'SupervisorApprovalRequired'
  | 'NotAllowedToApprove'
  | 'InvalidTransition'
  | 'ContextRequired';

export type RefundError = DomainError<RefundErrorTag>;

/** Builds a refund error. */
export const refundError = (
  tag: RefundErrorTag,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): RefundError => domainError(tag, message, details);
