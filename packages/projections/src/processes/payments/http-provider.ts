import {
  type PaymentProvider,
  type ProviderAnswer,
  type ProviderRefundRequest,
  ProviderUnavailable,
} from './provider';

export interface HttpProviderOptions {
  /** The provider's base URL (PAYMENTS_PROVIDER_URL); `POST <url>/v1/refunds` is called. */
  readonly url: string;
  /** Per call (default 10 s): a call that times out is retried with the same key. */
  readonly timeoutMs?: number;
}

/**
 * The provider over HTTP, as docs/processes.md describes it (and the payment simulator serves):
 * `POST /v1/refunds` with `Idempotency-Key: <refund id>`; 200/201 with `status: refused` is a
 * refusal, any other status in the body is an acceptance under the provider's `id`. 5xx, 429,
 * a timeout or no connection is `ProviderUnavailable`; any other 4xx is a bug of ours (a bad
 * request, a key reused with another request) and is also thrown, to be seen in the timer's error.
 */
export class HttpPaymentProvider implements PaymentProvider {
  constructor(private readonly options: HttpProviderOptions) {}

  async issue(refund: ProviderRefundRequest): Promise<ProviderAnswer> {
    const url = new URL('/v1/refunds', this.options.url);
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': refund.refundId },
        body: JSON.stringify({ paymentReference: refund.paymentReference, amount: refund.amount }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (e) {
      throw new ProviderUnavailable(`provider unreachable: ${e instanceof Error ? e.message : String(e)}`);
    }
    const text = await res.text();
    if (res.status >= 500 || res.status === 429)
      throw new ProviderUnavailable(`provider answered ${res.status}`);
    if (!res.ok) throw new Error(`provider refused the request (${res.status}): ${text.slice(0, 200)}`);
    const body = JSON.parse(text) as { id?: unknown; status?: unknown; reason?: unknown };
    if (body.status === 'refused')
      return { outcome: 'refused', reason: typeof body.reason === 'string' ? body.reason : 'refused' };
    if (typeof body.id !== 'string' || body.id === '')
      throw new Error('provider answered without a refund id');
    return { outcome: 'accepted', providerReference: body.id };
  }
}
