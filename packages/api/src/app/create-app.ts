import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController, type FastifyInstance } from 'fastify';
import { CasebookModule } from '../casebook.module';
import type { CasebookOptions } from '../config';
import { correlationIdOf } from '../http/request-meta';
import { casebookDocument } from '../openapi/casebook-document';
import { registerDocs } from '../openapi/docs.plugin';

export interface AppOptions extends CasebookOptions {
  /** Largest accepted request body in bytes (default 64 KiB: commands are small). */
  readonly bodyLimit?: number;
  /** pino level; `silent` in tests. */
  readonly logLevel?: string;
}

/**
 * Never logs bodies, headers or query strings: they can carry personal data and tokens. The route
 * pattern (not the filled-in path) keeps ids of people out as well.
 */
const serializers = {
  req: (req: { method: string; routeOptions?: { url?: string }; url: string }) => ({
    method: req.method,
    route: req.routeOptions?.url ?? req.url.split('?')[0],
  }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

/** Builds the API on Fastify, ready to `listen` (or `inject` in tests). */
export async function createApp(options: AppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    logger: { level: options.logLevel ?? 'info', serializers },
    logController: new LogController({ requestIdLogLabel: 'correlationId' }),
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => correlationIdOf(req),
    return503OnClosing: true,
    // Fastify's default (100) refused stream ids the store accepts (200 characters, up to 12
    // percent-encoded bytes each) in /audit/streams/:streamId/verify.
    routerOptions: { maxParamLength: 2400 },
  });
  @Module({ imports: [CasebookModule.forRoot(options)] })
  class AppModule {}
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    logger: ['error', 'warn'],
    bodyParser: false,
  });
  configure(app.getHttpAdapter().getInstance());
  await registerDocs(app, casebookDocument());
  await app.init();
  return app;
}

function configure(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (req, reply, payload, done) => {
    reply.header('x-correlation-id', req.id);
    done(null, payload);
  });
  // Only JSON: Fastify's text/plain parser would let a string body reach the routes.
  fastify.removeContentTypeParser('text/plain');
}
