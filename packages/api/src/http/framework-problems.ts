import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problem, type Problem } from './problem';
import { send } from './reply';
import { fromProblem } from './outcome';

/**
 * Problems for what Fastify answers before any route runs: a path the router cannot read (a param
 * over `maxParamLength`: 414; percent-encoding that is not UTF-8: 400). Fastify's `frameworkErrors`.
 */
export function frameworkErrors(error: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  send(reply, fromProblem(frameworkProblem(error)));
}

const frameworkProblem = (error: FastifyError): Problem => {
  switch (error.code) {
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return problem(414, 'UriTooLong', 'a segment of the path is longer than any id this API accepts');
    case 'FST_ERR_BAD_URL':
      return problem(400, 'BadUrl', 'the path is not valid percent-encoded UTF-8');
    default:
      return problem(400, 'BadRequest', error.message);
  }
};

/**
 * 503 problem while the server drains (Fastify's own `return503OnClosing` writes its JSON straight
 * to the socket): a request that arrives on a kept-alive connection after `close()` began is
 * refused, and the connection closed, so the balancer sends it to another instance.
 */
export function refuseWhileClosing(fastify: FastifyInstance, retryAfterSeconds: number): void {
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onRequest', (_req, reply, done) => {
    if (!closing) return done();
    const p = problem(503, 'ShuttingDown', 'this instance is shutting down; retry on another');
    send(
      reply.header('connection', 'close').header('retry-after', String(retryAfterSeconds)),
      fromProblem(p),
    );
  });
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const ROUTES = new WeakMap<FastifyInstance, { readonly method: string; readonly pattern: RegExp }[]>();

/** Keeps every route's method and path pattern: a 404 can then tell "wrong method" apart. */
export function trackRoutes(fastify: FastifyInstance): void {
  const routes: { method: string; pattern: RegExp }[] = [];
  ROUTES.set(fastify, routes);
  fastify.addHook('onRoute', (route) => {
    const pattern = patternOf(route.url);
    for (const method of [route.method].flat()) routes.push({ method, pattern });
  });
}

/** `/complaints/:id/assign` -> a regex over one decoded path; `*` matches the rest. */
const patternOf = (url: string): RegExp => {
  const source = url
    .split('/')
    .map((seg) =>
      seg.startsWith(':') ? '[^/]+' : seg === '*' ? '.*' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${source}/?$`);
};

/** The methods `path` has routes for (empty: no route at all), for a 405's `Allow`. */
export function allowedMethods(fastify: FastifyInstance, path: string): string[] {
  const routes = ROUTES.get(fastify) ?? [];
  const matching = new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method));
  return METHODS.filter((m) => matching.has(m));
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (Fastify's `clientErrorHandler`),
 * written to the socket as a problem like every other answer. Found by the route fuzzer: a path
 * of some 16 KiB overflows the request head (431), and Fastify's default wrote its own JSON.
 */
export function clientErrors(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const p =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? problem(431, 'HeadersTooLarge', 'the request line and headers are over 16 KiB together')
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? problem(408, 'RequestTimeout', 'the request did not arrive in time')
        : problem(400, 'BadRequest', 'the request is not valid HTTP');
  const body = JSON.stringify(p);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${p.status} ${p.title}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/problem+json\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
