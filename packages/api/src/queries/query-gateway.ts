import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { FastifyRequest } from 'fastify';
import { etagOf, fromProblem, type HttpOutcome } from '../http/outcome';
import { problem } from '../http/problem';
import type { StateQueryPair, StateSnapshot } from './state-query';

/** `GET /<resource>/{id}`: current state with its version as a weak ETag; `If-None-Match` answers 304. */
@Injectable()
export class QueryGateway {
  constructor(private readonly queryBus: QueryBus) {}

  async get(resource: string, state: StateQueryPair, id: string, req: FastifyRequest): Promise<HttpOutcome> {
    const snapshot = await this.queryBus.execute<InstanceType<StateQueryPair['query']>, StateSnapshot>(
      new state.query(id),
    );
    if (!snapshot.found)
      return fromProblem(problem(404, 'NotFound', `no ${resource.replace(/s$/, '')} ${id}`));
    const etag = etagOf(snapshot.version);
    if (req.headers['if-none-match'] === etag) return { status: 304, headers: { etag }, body: '' };
    return {
      status: 200,
      headers: { etag },
      body: { id, version: Number(snapshot.version), state: snapshot.state },
    };
  }
}
