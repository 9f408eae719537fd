import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { isConnectionError, SubjectErased } from '@casebook/event-store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { allowedMethods } from './framework-problems';
import { problemOfStoreRefusal } from './map-errors';
import { fromProblem, type HttpOutcome } from './outcome';
import { ProblemError, problem, type Problem } from './problem';
import { send } from './reply';

/** Codes for client errors raised outside our code (Fastify's body parser and limits, Nest's router). */
const CODES: Readonly<Record<number, string>> = {
  400: 'BadRequest',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  413: 'BodyTooLarge',
  415: 'UnsupportedMediaType',
};

/**
 * Seconds a client is asked to wait when the database is away: a restart takes one to a few
 * seconds, and the pool connects anew on the first request after it.
 */
export const RETRY_AFTER_SECONDS = 3;

/**
 * Any error -> a problem. Client mistakes keep their status; a database that cannot be reached
 * (restart, failover, network, every connection busy) is a 503 worth retrying; anything else is a
 * 500 that says nothing about the cause (the log has it, under the request's correlation id). Nest
 * hands Fastify's parser errors over as HttpExceptions carrying Fastify's status and message.
 */
export function problemOf(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  // Something personal for a customer whose data was erased (an interaction's summary, say).
  if (error instanceof SubjectErased) return problem(422, 'CustomerErased', error.message);
  const refused = problemOfStoreRefusal(error);
  if (refused !== undefined) return refused;
  if (error instanceof HttpException && error.getStatus() < 500) {
    const status = error.getStatus();
    const json = status === 400 && /JSON/i.test(error.message);
    return problem(
      status,
      json ? 'MalformedJson' : (CODES[status] ?? 'BadRequest'),
      json ? 'the body is not valid JSON' : error.message,
    );
  }
  // The client hung up mid-request (Node's 'aborted'): nobody is listening, and it is not our fault.
  // Node's 'aborted' carries ECONNRESET too: test it before the database's socket errors.
  const e = error as { message?: unknown };
  if (e.message === 'aborted') return problem(400, 'ClientClosedRequest', 'the client went away');
  if (isConnectionError(error))
    return problem(503, 'DatabaseUnavailable', 'the database cannot be reached right now; retry shortly', {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    });
  return problem(500, 'InternalError', 'something went wrong on our side; the correlation id identifies it');
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('casebook');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const req = http.getRequest<FastifyRequest>();
    const p = wrongMethod(req, reply) ?? problemOf(error);
    if (p.code === 'DatabaseUnavailable') logUnavailable(req, error, this.logger);
    else if (p.status >= 500) logError(req, error, this.logger);
    send(reply, outcomeOf(p));
  }
}

/**
 * Fastify answers 404 for a path whose routes take other methods: the client used the wrong
 * method, and RFC 9110 says 405 with the methods it may use in `Allow`.
 */
function wrongMethod(req: FastifyRequest, reply: FastifyReply): Problem | undefined {
  if (!req.is404) return undefined;
  const allow = allowedMethods(reply.server, req.url.split('?')[0]!);
  if (allow.length === 0) return undefined;
  reply.header('allow', allow.join(', '));
  return problem(405, 'MethodNotAllowed', `${req.method} is not allowed here; use ${allow.join(', ')}`, {
    allow,
  });
}

/** A problem as a reply; a 503 says when to come back (RFC 9110 Retry-After). */
export function outcomeOf(p: Problem): HttpOutcome {
  const outcome = fromProblem(p);
  if (p.status !== 503) return outcome;
  return { ...outcome, headers: { ...outcome.headers, 'retry-after': String(RETRY_AFTER_SECONDS) } };
}

/** An outage fails every request alike: one line each, without the stack. */
function logUnavailable(req: FastifyRequest, error: unknown, fallback: Logger): void {
  const e = error as { code?: unknown; message?: unknown };
  const err = { code: e.code, message: e.message };
  if (req.log) req.log.warn({ err }, 'database unavailable');
  else fallback.warn(err);
}

/** Logs a server error with its stack, never the request body (it may hold personal data). */
export function logError(req: FastifyRequest, error: unknown, fallback: Logger): void {
  const err =
    error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { error };
  if (req.log) req.log.error({ err }, 'request failed');
  else fallback.error(err);
}
