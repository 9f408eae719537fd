import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController, type FastifyInstance } from 'fastify';
import { TokenVerifier } from '../auth/token-verifier';
import { CasebookModule } from '../casebook.module';
import type { CasebookOptions } from '../config';
import { checkBodyShape } from '../http/body-shape';
import { clientErrors, frameworkErrors, refuseWhileClosing, trackRoutes } from '../http/framework-problems';
import { RETRY_AFTER_SECONDS } from '../http/problem.filter';
import { correlationIdOf } from '../http/request-meta';
import { limitRate, type RateLimitOptions } from '../limits/rate-limit';
import { secureHeaders } from '../limits/security-headers';
import { Metrics } from '../observability/metrics';
import { NestPinoLogger } from '../observability/nest-logger';
import { casebookDocument } from '../openapi/casebook-document';
import { registerDocs } from '../openapi/docs.plugin';
import { CALLBACK_ROUTE } from '../payments/payment-callbacks.controller';
import { keepRawBody } from '../payments/raw-body';

export interface AppOptions extends CasebookOptions {
  /** Largest accepted request body in bytes (default 64 KiB: commands are small). */
  readonly bodyLimit?: number;
  /** pino level; `silent` in tests. */
  readonly logLevel?: string;
  /** Where the JSON log lines go (default: stdout); tests capture them. */
  readonly logStream?: { write(line: string): void };
  /**
   * Requests per minute per caller (CASEBOOK_RATE_LIMIT; docs/operations.md, "Limits and
   * headers"); `false` or absent: no limit.
   */
  readonly rateLimit?: RateLimitOptions | false;
}

/**
 * Never logs bodies, headers or query strings: they can carry personal data and tokens. The route
 * pattern (not the filled-in path) keeps ids of people out as well; a path no route matched is
 * `unmatched`, since its segments could be anything a client typed (an email, say).
 */
const serializers = {
  req: (req: { method: string; routeOptions?: { url?: string } }) => ({
    method: req.method,
    route: req.routeOptions?.url ?? 'unmatched',
  }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

/** Builds the API on Fastify, ready to `listen` (or `inject` in tests). */
export async function createApp(options: AppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    logger: {
      level: options.logLevel ?? 'info',
      serializers,
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    logController: new LogController({ requestIdLogLabel: 'correlationId' }),
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => correlationIdOf(req),
    // Ours (`refuseWhileClosing`) answers a problem; Fastify's writes its own JSON.
    return503OnClosing: false,
    frameworkErrors,
    clientErrorHandler: clientErrors,
    // Fastify's default (100) refused stream ids the store accepts (200 characters, up to 12
    // percent-encoded bytes each) in /audit/streams/:streamId/verify.
    routerOptions: { maxParamLength: 2400 },
  });
  @Module({ imports: [CasebookModule.forRoot(options)] })
  class AppModule {}
  const fastify = adapter.getInstance();
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    logger: new NestPinoLogger(fastify.log),
    bodyParser: false,
  });
  // Before init: Nest adds its routes then, and plugins' hooks reach only routes added after them.
  configure(fastify, app.get(Metrics));
  // Signed over the exact bytes: the provider callbacks' body is kept as it came, and only theirs.
  keepRawBody(fastify, [CALLBACK_ROUTE], options.bodyLimit ?? 64 * 1024);
  secureHeaders(app);
  if (options.rateLimit) {
    // The module's verifier: one cache of accepted tokens and one JWKS for the limiter and the guard.
    const tokens = app.get(TokenVerifier);
    await limitRate(app, options.rateLimit, (token) => tokens.verify(token));
  }
  // After helmet: /docs is served under the API-wide Content-Security-Policy.
  await registerDocs(app, casebookDocument());
  await app.init();
  return app;
}

function configure(fastify: FastifyInstance, metrics: Metrics): void {
  trackRoutes(fastify);
  refuseWhileClosing(fastify, RETRY_AFTER_SECONDS);
  checkBodyShape(fastify);
  // The route pattern, never the path: ids stay out, and the series stay few.
  fastify.addHook('onResponse', (req, reply, done) => {
    const route = req.is404 ? 'unmatched' : (req.routeOptions.url ?? 'unmatched');
    const labels = { method: req.method, route, status: String(reply.statusCode) };
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
    done();
  });
  fastify.addHook('onSend', (req, reply, payload, done) => {
    reply.header('x-correlation-id', req.id);
    done(null, payload);
  });
  // Only JSON: Fastify's text/plain parser would let a string body reach the routes.
  fastify.removeContentTypeParser('text/plain');
}
