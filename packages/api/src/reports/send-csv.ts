import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/** A CSV download: the browser saves it as `<name>.csv` rather than showing it. */
export function sendCsv(reply: FastifyReply, name: string, body: Readable | string): FastifyReply {
  return reply
    .status(200)
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .send(body);
}
