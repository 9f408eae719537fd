/**
 * @casebook/client: a typed fetch client for the casebook HTTP API. Paths, bodies and answers are
 * typed from the API's own OpenAPI document (schema.ts, generated); writes carry an
 * Idempotency-Key and are retried on 503 and 409 IdempotencyKeyInProgress; refusals are
 * `ProblemError`s.
 */
export {
  createCasebookClient,
  ok,
  ifMatch,
  versionOf,
  type CasebookClient,
  type CasebookClientOptions,
} from './client';
export { ProblemError, type Problem } from './problem-error';
export { retryingFetch, retryAfterMs, type RetryOptions } from './retrying-fetch';
export type { paths, components, operations } from './schema';
