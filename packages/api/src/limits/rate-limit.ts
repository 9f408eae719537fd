import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ProblemError, problem } from '../http/problem';
import { callerKey, type VerifyToken } from './caller-key';

export interface RateLimitOptions {
  /** Requests per minute per caller (CASEBOOK_RATE_LIMIT). */
  readonly perMinute: number;
}

/**
 * Per-caller budgets (docs/operations.md, "Limits and headers"): a fixed one-minute window per
 * token subject, or per address without a valid token. Every limited response carries the
 * draft-standard `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`; a refused one
 * also `Retry-After`, with a 429 problem. Counted in this process's memory: behind a load balancer
 * each replica keeps its own count, so a caller's budget is per replica.
 *
 * Runs before the guard, on every request (a path no route matches too: a flood of 404s is a flood)
 * but those to routes configured `rateLimit: false` (health and metrics: probes must never be
 * refused).
 */
export async function limitRate(
  app: NestFastifyApplication,
  options: RateLimitOptions,
  verify: VerifyToken,
): Promise<void> {
  if (!Number.isInteger(options.perMinute) || options.perMinute < 1)
    throw new Error(`rateLimit.perMinute must be a whole number of at least 1, got ${options.perMinute}`);
  await app.register(rateLimit, {
    global: false,
    max: options.perMinute,
    timeWindow: 60_000,
    enableDraftSpec: true,
    keyGenerator: (req) => callerKey(req, verify),
    errorResponseBuilder: (_req, context) =>
      new ProblemError(
        problem(
          429,
          'TooManyRequests',
          `over ${context.max} requests per minute for this caller; retry in ${Math.ceil(context.ttl / 1000)} s`,
          { limit: context.max },
        ),
      ),
  });
  const fastify = app.getHttpAdapter().getInstance();
  const limit = fastify.rateLimit();
  fastify.addHook('onRequest', async (req, reply) => {
    if (req.routeOptions.config?.rateLimit === false) return;
    await limit.call(fastify, req, reply);
  });
}
