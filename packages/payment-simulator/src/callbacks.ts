import { signatureHeader, SIGNATURE_HEADER } from '@casebook/projections';

/** What the provider tells the merchant: one event per outcome, with an id for replay checks. */
export interface CallbackEvent {
  readonly id: string;
  readonly type: 'refund.settled' | 'refund.failed';
  readonly created: string;
  readonly data: {
    readonly id: string;
    readonly idempotencyKey: string;
    readonly failureReason?: string;
  };
}

export interface Delivery {
  readonly event: CallbackEvent;
  attempts: number;
  delivered: boolean;
  lastStatus?: number;
}

export interface CallbackOptions {
  readonly url: string;
  readonly secret: string;
  /** First retry wait; doubles to `maxRetryMs` (defaults 200 ms and 5 s: a test's pace). */
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
}

/**
 * Posts signed events to the merchant until one answers 2xx, backing off between tries, as
 * providers do (a merchant that is down or not ready yet gets the event later). Each attempt is
 * signed afresh (`Casebook-Signature`, the outbox's webhook scheme), so its timestamp is current.
 */
export class CallbackSender {
  readonly deliveries: Delivery[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly options: CallbackOptions) {}

  send(event: CallbackEvent, delayMs: number): void {
    const delivery: Delivery = { event, attempts: 0, delivered: false };
    this.deliveries.push(delivery);
    this.later(() => this.attempt(delivery), delayMs);
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private later(fn: () => Promise<void>, ms: number): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void fn();
    }, ms);
    this.timers.add(timer);
  }

  private async attempt(delivery: Delivery): Promise<void> {
    const body = JSON.stringify(delivery.event);
    delivery.attempts += 1;
    try {
      const res = await fetch(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signatureHeader(this.options.secret, body, new Date()),
        },
        body,
        signal: AbortSignal.timeout(5_000),
      });
      delivery.lastStatus = res.status;
      await res.arrayBuffer();
      if (res.ok) {
        delivery.delivered = true;
        return;
      }
    } catch {
      delivery.lastStatus = 0;
    }
    const first = this.options.retryMs ?? 200;
    const wait = Math.min(first * 2 ** (delivery.attempts - 1), this.options.maxRetryMs ?? 5_000);
    this.later(() => this.attempt(delivery), wait);
  }
}
