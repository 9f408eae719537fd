import type { FastifyInstance } from 'fastify';
import { fromProblem } from './outcome';
import { problem } from './problem';
import { send } from './reply';

/** Deeper than any command body (money in a refund is two levels) by a wide margin. */
export const MAX_BODY_DEPTH = 32;

export interface BodyFault {
  readonly path: string;
  readonly reason: string;
}

/**
 * What makes a parsed JSON body unfit for anything to read, naming the top-level field it is
 * under (`(root)` for the body itself): nesting deeper than `max` levels, or a number JSON
 * cannot hold (`1e400` parses as Infinity). Iterative: the point is to stop input that recursion
 * would choke on.
 */
export function bodyFault(body: unknown, max = MAX_BODY_DEPTH): BodyFault | undefined {
  const stack: { value: unknown; depth: number; field: string }[] = [
    { value: body, depth: 0, field: '(root)' },
  ];
  while (stack.length > 0) {
    const { value, depth, field } = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value))
      return { path: field, reason: 'a number too large to be stored (it is not finite as a double)' };
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= max) return { path: field, reason: `nested deeper than ${max} levels` };
    for (const [k, v] of Object.entries(value)) {
      stack.push({ value: v, depth: depth + 1, field: depth === 0 && !Array.isArray(value) ? k : field });
    }
  }
  return undefined;
}

/**
 * Refuses a JSON body that is too deep or holds a non-finite number before anything reads it.
 * Found by the route fuzzer: `JSON.parse` takes thousands of levels and `1e400`, but the
 * idempotency gate's canonical hash recursed until the stack overflowed on the one and threw on
 * the other (both a 500).
 */
export function checkBodyShape(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (req, reply, done) => {
    const fault = bodyFault(req.body);
    if (fault === undefined) return done();
    send(reply, fromProblem(problem(400, 'InvalidInput', 'the body is invalid', { errors: [fault] })));
  });
}
