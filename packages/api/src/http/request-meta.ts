import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

const CORRELATION = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/** `X-Correlation-Id` when it is a sane id, else a new one: used as Fastify's request id. */
export const correlationIdOf = (req: { headers: Record<string, string | string[] | undefined> }): string => {
  const given = req.headers['x-correlation-id'];
  return typeof given === 'string' && CORRELATION.test(given) ? given : randomUUID();
};

/** One header's single value. */
export const headerOf = (req: FastifyRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};
