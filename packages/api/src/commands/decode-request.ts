import { Channel, type FieldError } from '@casebook/domain';
import type { FastifyRequest } from 'fastify';
import { fromProblem, parseIfMatch, type HttpOutcome } from '../http/outcome';
import { problem } from '../http/problem';
import { headerOf } from '../http/request-meta';
import type { CommandRoute } from './command-route';

type FieldErrors = ReadonlyArray<FieldError>;

export const invalid = (errors: FieldErrors, detail = 'the request is invalid'): HttpOutcome =>
  fromProblem(problem(400, 'InvalidInput', detail, { errors }));

export interface DecodedRequest {
  readonly data: Record<string, unknown>;
  readonly ifMatch?: bigint;
  readonly channel?: string;
}

/**
 * Headers and body -> the command's payload, before the route decodes it into the command
 * (unknown fields rejected there). The path's `{id}` fills the payload's id field; a creating
 * route makes up the new id if absent.
 */
export function decodeRequest(
  route: CommandRoute,
  req: FastifyRequest,
  pathId: string | undefined,
  newId: () => string,
): DecodedRequest | HttpOutcome {
  const ifMatch = parseIfMatch(req.headers['if-match']);
  if (ifMatch === 'invalid') return invalid([{ path: 'If-Match', reason: 'expected an ETag such as W/"3"' }]);
  const channel = headerOf(req, 'x-channel');
  if (channel !== undefined && !Channel.is(channel))
    return invalid([{ path: 'X-Channel', reason: 'expected a channel' }]);
  const body = req.body ?? {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid([{ path: '(root)', reason: 'expected a JSON object' }]);
  }
  const input: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  if (route.pathId !== undefined) {
    if (input[route.pathId] !== undefined && input[route.pathId] !== pathId) {
      return invalid([{ path: route.pathId, reason: 'must match the id in the path (or be left out)' }]);
    }
    input[route.pathId] = pathId;
  }
  if (route.creates !== undefined) input[route.creates.field] ??= newId();
  return { data: input, ifMatch, channel };
}

export const isOutcome = (u: DecodedRequest | HttpOutcome): u is HttpOutcome => 'status' in u;
