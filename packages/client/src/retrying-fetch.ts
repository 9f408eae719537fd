import { randomUUID } from 'node:crypto';

export interface RetryOptions {
  /** Tries in all, the first included (default 5). */
  readonly attempts?: number;
  /** The longest wait between tries, whatever Retry-After asks (default 10 s). */
  readonly maxDelayMs?: number;
  /** The first wait when the server names none, doubled per try (default 200 ms). */
  readonly baseDelayMs?: number;
}

type Fetch = (request: Request) => Promise<Response>;

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A fetch for openapi-fetch that makes writes safe to repeat and repeats them when that is the
 * answer: every write gets an `Idempotency-Key` (a new UUID unless the caller gave one), and a
 * 503 (not ready, closing, database down) or a 409 `IdempotencyKeyInProgress` (the first try of
 * this key still runs) is tried again with the same key, after Retry-After when the server
 * sends it, else a doubling wait; at most `attempts` tries, then the last answer stands.
 */
export function retryingFetch(inner: Fetch, options: RetryOptions = {}): Fetch {
  const attempts = Math.max(1, options.attempts ?? 5);
  const maxDelay = options.maxDelayMs ?? 10_000;
  const base = options.baseDelayMs ?? 200;
  return async (request) => {
    if (WRITES.has(request.method) && !request.headers.has('idempotency-key'))
      request.headers.set('idempotency-key', randomUUID());
    for (let attempt = 1; ; attempt++) {
      const response = await inner(request.clone());
      if (attempt >= attempts || !(await retryable(response))) return response;
      await response.body?.cancel();
      const wait = retryAfterMs(response.headers.get('retry-after')) ?? base * 2 ** (attempt - 1);
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, maxDelay)));
    }
  };
}

async function retryable(response: Response): Promise<boolean> {
  if (response.status === 503) return true;
  if (response.status !== 409) return false;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  return (body as { code?: unknown } | undefined)?.code === 'IdempotencyKeyInProgress';
}

/** Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or bad. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
