import createClient, { type Client } from 'openapi-fetch';
import { ProblemError } from './problem-error';
import { retryingFetch, type RetryOptions } from './retrying-fetch';
import type { paths } from './schema';

/** openapi-fetch's client over casebook's paths: `GET`, `POST` with typed paths, bodies and answers. */
export type CasebookClient = Client<paths>;

export interface CasebookClientOptions {
  /** Where the API listens, e.g. `http://localhost:3000`. */
  readonly baseUrl: string;
  /** The bearer token, or a function asked before every request (to refresh an expiring one). */
  readonly token?: string | (() => string | Promise<string>);
  /** Retries of 503 and of 409 IdempotencyKeyInProgress; `{ attempts: 1 }` turns them off. */
  readonly retry?: RetryOptions;
  /** Sent with every request, e.g. `X-Correlation-Id` or a service's `X-On-Behalf-Of`. */
  readonly headers?: Record<string, string>;
  /** The fetch underneath (default: the global one). */
  readonly fetch?: (request: Request) => Promise<Response>;
}

/** A client for one casebook API: bearer token, Idempotency-Key on every write, bounded retries. */
export function createCasebookClient(options: CasebookClientOptions): CasebookClient {
  const inner = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: options.headers,
    fetch: retryingFetch(inner, options.retry),
  });
  const { token } = options;
  if (token !== undefined) {
    client.use({
      async onRequest({ request }) {
        request.headers.set('authorization', `Bearer ${typeof token === 'string' ? token : await token()}`);
        return request;
      },
    });
  }
  return client;
}

type Answer = { data?: unknown; error?: unknown; response: Response };

/**
 * The data of a successful call, or a thrown `ProblemError` for any other answer:
 * `const { id } = await ok(casebook.POST('/complaints', { body }))`.
 */
export async function ok<A extends Answer>(call: Promise<A>): Promise<Exclude<A['data'], undefined>> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw ProblemError.from(error, response);
  return data as Exclude<A['data'], undefined>;
}

/** The `If-Match` header for a version (from a read's `version` or a command's answer): 412 if stale. */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `W/"${version}"` };
}

/** The version a response's ETag (`W/"<n>"`) names, if it has one. */
export function versionOf(response: Response): number | undefined {
  const m = /^W\/"(\d+)"$/.exec(response.headers.get('etag') ?? '');
  return m ? Number(m[1]) : undefined;
}
