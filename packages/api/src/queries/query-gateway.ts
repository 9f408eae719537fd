import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { AsOf } from '@casebook/event-store';
import type { FastifyRequest } from 'fastify';
import { etagOf, fromProblem, type HttpOutcome } from '../http/outcome';
import { problem } from '../http/problem';
import { parseAsOf } from './as-of-param';
import { pathId } from './path-id';
import type { StateQueryPair, StateSnapshot } from './state-query';

const noun = (resource: string) => resource.replace(/s$/, '');

/** The state as of an instant names the instant and timeline it answers on. */
function asOfOutcome(
  resource: string,
  id: string,
  { at, timeline }: AsOf,
  snapshot: StateSnapshot,
): HttpOutcome {
  if (!snapshot.found) {
    const when = `${timeline === 'recorded' ? 'was recorded' : 'had happened'} by ${at.toISOString()}`;
    return fromProblem(problem(404, 'NotFound', `nothing of ${noun(resource)} ${id} ${when}`));
  }
  const { version, state } = snapshot;
  return {
    status: 200,
    headers: {},
    body: { id, version: Number(version), asOf: at.toISOString(), timeline, state },
  };
}

/**
 * `GET /<resource>/{id}`: current state with its version as a weak ETag; `If-None-Match` answers
 * 304; an id its codec refuses is a 400 naming `id`. With `?asOf=` the state then, saying which
 * instant and timeline it answers on, without an ETag: that version is not the resource's current
 * one, so it must not feed an `If-Match`.
 */
@Injectable()
export class QueryGateway {
  constructor(private readonly queryBus: QueryBus) {}

  async get(resource: string, state: StateQueryPair, id: string, req: FastifyRequest): Promise<HttpOutcome> {
    pathId(state.id, id);
    const asOf = parseAsOf(req.query);
    if (asOf !== undefined && 'errors' in asOf)
      return fromProblem(
        problem(400, 'InvalidInput', 'the query string is invalid', { errors: asOf.errors }),
      );
    const snapshot = await this.queryBus.execute<InstanceType<StateQueryPair['query']>, StateSnapshot>(
      new state.query(id, asOf),
    );
    if (asOf !== undefined) return asOfOutcome(resource, id, asOf, snapshot);
    if (!snapshot.found) return fromProblem(problem(404, 'NotFound', `no ${noun(resource)} ${id}`));
    const etag = etagOf(snapshot.version);
    if (req.headers['if-none-match'] === etag) return { status: 304, headers: { etag }, body: '' };
    return {
      status: 200,
      headers: { etag },
      body: { id, version: Number(snapshot.version), state: snapshot.state },
    };
  }
}
