import type { Delivery, SendResult, Transport } from './transport';
import { errorText } from './transport';
import { SIGNATURE_HEADER, signatureHeader } from './signature';

export interface WebhookOptions {
  /** Every URL gets every message routed here; a message is delivered when all answered 2xx. */
  readonly urls: readonly string[];
  /** The HMAC-SHA256 key the receivers share (at least 32 characters). */
  readonly secret: string;
  /** Per request (default 10 s); keep it well under the worker's lease. */
  readonly timeoutMs?: number;
  readonly name?: string;
}

/** The JSON a receiver gets: the message, its addressee, and its key (also in the headers). */
export const webhookBody = ({ message, to }: Delivery): string =>
  JSON.stringify({
    id: message.key,
    topic: message.topic,
    createdAt: message.createdAt.toISOString(),
    complaintId: message.complaintId,
    correlationId: message.correlationId,
    to,
    subject: message.subject,
    body: message.body,
  });

/** 2xx delivered; 408, 429 and 5xx retried; any other 4xx will not change by sending it again. */
const judge = (url: string, status: number, statusText: string): SendResult => {
  if (status >= 200 && status < 300) return { ok: true };
  const permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
  return { ok: false, permanent, error: `${new URL(url).host} answered HTTP ${status} ${statusText}`.trim() };
};

/**
 * POSTs each message as JSON, signed: `Casebook-Signature: t=<unix>,v1=<hex>` over
 * `<t>.<body>`, with `Idempotency-Key` and `Casebook-Message-Id` set to the message key, so a
 * receiver rejects forgeries and replays and counts a retried message once.
 */
export class WebhookTransport implements Transport {
  readonly name: string;

  constructor(private readonly options: WebhookOptions) {
    if (options.urls.length === 0) throw new Error('a webhook transport needs at least one URL');
    if (options.secret.length < 32) throw new Error('the webhook secret must be at least 32 characters');
    this.name = options.name ?? 'webhook';
  }

  accepts(): boolean {
    return true;
  }

  async send(delivery: Delivery): Promise<SendResult> {
    const body = webhookBody(delivery);
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'casebook-outbox/1',
      [SIGNATURE_HEADER]: signatureHeader(this.options.secret, body, delivery.now),
      'Casebook-Message-Id': delivery.message.key,
      'Casebook-Topic': delivery.message.topic,
      'Idempotency-Key': delivery.message.key,
    };
    for (const url of this.options.urls) {
      const result = await this.post(url, body, headers);
      if (!result.ok) return result;
    }
    return { ok: true };
  }

  private async post(url: string, body: string, headers: Record<string, string>): Promise<SendResult> {
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    try {
      const res = await fetch(url, {
        method: 'POST',
        body,
        headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      return judge(url, res.status, res.statusText);
    } catch (e) {
      const timedOut = e instanceof Error && e.name === 'TimeoutError';
      const error = timedOut ? `no answer from ${new URL(url).host} in ${timeoutMs} ms` : errorText(e);
      return { ok: false, permanent: false, error };
    }
  }
}
