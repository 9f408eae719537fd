import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { SubjectErased } from '@casebook/event-store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { fromProblem } from './outcome';
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
 * Any error -> a problem. Client mistakes keep their status; anything else is a 500 that says
 * nothing about the cause (the log has it, under the request's correlation id). Nest hands
 * Fastify's parser errors over as HttpExceptions carrying Fastify's status and message.
 */
export function problemOf(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  // Something personal for a customer whose data was erased (an interaction's summary, say).
  if (error instanceof SubjectErased) return problem(422, 'CustomerErased', error.message);
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
  const e = error as { message?: unknown; code?: unknown };
  if (e.message === 'aborted' || e.code === 'ECONNRESET')
    return problem(400, 'ClientClosedRequest', 'the client went away');
  return problem(500, 'InternalError', 'something went wrong on our side; the correlation id identifies it');
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('casebook');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const req = http.getRequest<FastifyRequest>();
    const p = problemOf(error);
    if (p.status >= 500) logError(req, error, this.logger);
    send(reply, fromProblem(p));
  }
}

/** Logs a server error with its stack, never the request body (it may hold personal data). */
export function logError(req: FastifyRequest, error: unknown, fallback: Logger): void {
  const err =
    error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { error };
  if (req.log) req.log.error({ err }, 'request failed');
  else fallback.error(err);
}
