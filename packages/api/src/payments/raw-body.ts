import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';

/** The raw bytes of requests to the routes that asked for them, as received. */
const rawBodies = new WeakMap<object, string>();

/** The body as it arrived (what a signature covers), or undefined when the route kept none. */
export const rawBodyOf = (request: object): string | undefined => rawBodies.get(request);

/**
 * Keeps the raw body of requests to `routes` (and only those: other bodies are parsed as they
 * stream), so a signature over the exact bytes can be checked; re-serialised JSON would not match.
 * The bytes are read once and handed on to Fastify's JSON parser, which still enforces the body
 * limit: a body over `limit` is not kept, and the parser refuses it.
 */
export function keepRawBody(fastify: FastifyInstance, routes: readonly string[], limit: number): void {
  fastify.addHook('preParsing', async (request, _reply, payload) => {
    if (!routes.includes(request.routeOptions.url ?? '')) return payload;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of payload) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buffer.length;
      chunks.push(buffer);
      if (size > limit) break;
    }
    const raw = Buffer.concat(chunks);
    if (size <= limit) rawBodies.set(request, raw.toString('utf8'));
    const replay = Readable.from([raw]) as Readable & { receivedEncodedLength?: number };
    replay.receivedEncodedLength = raw.length;
    return replay;
  });
}
