import type { FastifyReply } from 'fastify';
import type { HttpOutcome } from './outcome';
import { PROBLEM_CONTENT_TYPE } from './problem';

/** Sends an outcome; problems go out as `application/problem+json`. */
export function send(reply: FastifyReply, outcome: HttpOutcome): FastifyReply {
  reply.status(outcome.status).headers(outcome.headers);
  if (outcome.status >= 400) reply.type(PROBLEM_CONTENT_TYPE);
  return reply.send(outcome.body);
}
