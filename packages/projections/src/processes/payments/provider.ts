/** What casebook asks a payment provider to pay back. */
export interface ProviderRefundRequest {
  /** Casebook's refund id: the provider's idempotency key, so a retried call never pays twice. */
  readonly refundId: string;
  /** The original payment, as the refund request recorded it. */
  readonly paymentReference: string;
  readonly amount: { readonly minor: number; readonly currency: string };
}

/** The provider's answer: it took the refund (an outcome follows by callback) or refused it now. */
export type ProviderAnswer =
  | { readonly outcome: 'accepted'; readonly providerReference: string }
  | { readonly outcome: 'refused'; readonly reason: string };

/**
 * The provider could not be asked (unreachable, timed out, 5xx, 429): nothing is known to have
 * happened, so the caller asks again later with the same idempotency key.
 */
export class ProviderUnavailable extends Error {
  override readonly name = 'ProviderUnavailable';
}

/**
 * The payment port. `issue` is idempotent by `refundId`: asking twice returns the first answer.
 * It throws `ProviderUnavailable` when it could not get an answer, never for a refusal.
 */
export interface PaymentProvider {
  issue(refund: ProviderRefundRequest): Promise<ProviderAnswer>;
}
