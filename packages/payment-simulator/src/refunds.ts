/** A refund as the simulated provider keeps it. */
export interface ProviderRefund {
  /** The provider's own id: casebook records it as the refund's `providerReference`. */
  readonly id: string;
  /** The caller's Idempotency-Key: casebook's refund id. */
  readonly idempotencyKey: string;
  readonly paymentReference: string;
  readonly amount: { readonly minor: number; readonly currency: string };
  status: 'pending' | 'refused' | 'settled' | 'failed';
  readonly reason?: string;
  /** How many `POST /v1/refunds` named this key (the fault tests count them). */
  requests: number;
}

export type RefundRequest = Pick<ProviderRefund, 'paymentReference' | 'amount'>;

/** The outcome a payment reference asks for: the simulator's one rule, documented in docs/processes.md. */
export type Outcome = 'refuse' | 'fail' | 'settle';

export const outcomeOf = (paymentReference: string): Outcome =>
  paymentReference.startsWith('refuse_')
    ? 'refuse'
    : paymentReference.startsWith('fail_')
      ? 'fail'
      : 'settle';

/** The request body, checked: the field that is wrong, or the request. */
export function decodeRefundRequest(
  body: unknown,
): { ok: true; value: RefundRequest } | { ok: false; field: string } {
  if (typeof body !== 'object' || body === null) return { ok: false, field: 'body' };
  const { paymentReference, amount } = body as Record<string, unknown>;
  if (typeof paymentReference !== 'string' || paymentReference.length === 0 || paymentReference.length > 200)
    return { ok: false, field: 'paymentReference' };
  const { minor, currency } = (amount ?? {}) as Record<string, unknown>;
  if (!Number.isSafeInteger(minor) || (minor as number) <= 0) return { ok: false, field: 'amount.minor' };
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency))
    return { ok: false, field: 'amount.currency' };
  return { ok: true, value: { paymentReference, amount: { minor: minor as number, currency } } };
}

/** The same key with a different request is a conflict, as at Stripe: a caller's bug, not a retry. */
export const sameRequest = (refund: ProviderRefund, request: RefundRequest): boolean =>
  refund.paymentReference === request.paymentReference &&
  refund.amount.minor === request.amount.minor &&
  refund.amount.currency === request.amount.currency;
