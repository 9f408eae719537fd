import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/**
 * A CSV download on a passthrough reply: the browser saves it as `<name>.csv` rather than showing
 * it. Returns the body for Nest to send, so interceptors see it.
 */
export function csvAnswer(reply: FastifyReply, name: string, body: Readable | string): Readable | string {
  reply
    .status(200)
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`);
  return body;
}
