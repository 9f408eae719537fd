import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';

/**
 * The Content-Security-Policy every response carries. Tight for a JSON API, loose enough for the
 * `/docs` page served from this origin: scripts and styles from here only (the inline `style`
 * attributes an API browser writes need 'unsafe-inline' for styles, never for scripts), images
 * from here or inline `data:` icons, requests ("try it") to this origin. No frames, no plugins,
 * no form posts elsewhere.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
};

/**
 * What a JSON answer needs (the OWASP REST Security Cheat Sheet's set): nothing may load or frame
 * it, no MIME sniffing, HTTPS only, no referrer. The browser-page headers helmet adds besides
 * (`X-XSS-Protection`, `X-Download-Options`, `X-DNS-Prefetch-Control`, `Origin-Agent-Cluster`, the
 * page CSP, ...) protect documents, not data: sent with every answer they were 600 bytes that
 * every caller parsed, a quarter of the throughput of `/health/live` (docs/benchmarks.md).
 */
const API_OPTIONS = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] },
  },
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
  xFrameOptions: { action: 'deny' as const },
};

/** The API browser's pages get helmet's whole browser set, with `CONTENT_SECURITY_POLICY`. */
const PAGE_OPTIONS = { contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY } };

/**
 * helmet's headers for `options`, computed once: they are the same for every response.
 * (`@fastify/helmet` built helmet's middleware again on every request, parsing the directives
 * each time: a tenth of the CPU of `/health/live`.)
 */
export function helmetHeaders(
  options: Parameters<typeof helmet>[0],
): ReadonlyArray<readonly [string, string]> {
  // A response that is never sent, for helmet to set its headers on.
  const req = new IncomingMessage(new Socket());
  const res = new ServerResponse(req);
  helmet(options)(req, res, (err?: unknown) => {
    if (err) throw err instanceof Error ? err : new Error('helmet refused its options');
  });
  return Object.entries(res.getHeaders()).map(
    ([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)] as const,
  );
}

export const API_HEADERS = helmetHeaders(API_OPTIONS);
export const PAGE_HEADERS = helmetHeaders(PAGE_OPTIONS);

/** The API browser (`/docs` and its files) is the only HTML this server sends. */
const isPage = (url: string) => url === '/docs' || url.startsWith('/docs/') || url.startsWith('/docs?');

/** Every response carries one of the two sets, errors and the framework's own answers too. */
export function secureHeaders(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (req, reply, done) => {
      for (const [name, value] of isPage(req.url) ? PAGE_HEADERS : API_HEADERS)
        reply.raw.setHeader(name, value);
      done();
    });
}
