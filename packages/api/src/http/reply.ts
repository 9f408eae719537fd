import type { FastifyReply } from 'fastify';
import type { HttpOutcome } from './outcome';
import { PROBLEM_CONTENT_TYPE } from './problem';

/** Sends an outcome; problems go out as `application/problem+json`. */
export function send(reply: FastifyReply, outcome: HttpOutcome): FastifyReply {
  return reply.send(answer(reply, outcome));
}

/**
 * Sets an outcome's status and headers on a passthrough reply and returns its body, for Nest to
 * send (so interceptors see it). Problems go out as `application/problem+json`.
 */
export function answer(reply: FastifyReply, outcome: HttpOutcome): unknown {
  reply.status(outcome.status).headers(outcome.headers);
  if (outcome.status >= 400) reply.type(PROBLEM_CONTENT_TYPE);
  return outcome.body;
}
