import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { FastifyRequest } from 'fastify';
import { etagOf, fromProblem, type HttpOutcome } from '../http/outcome';
import { problem } from '../http/problem';
import type { AggregateView } from './aggregate-view';
import { GetAggregate, type AggregateSnapshot } from './get-aggregate';

/** `GET /<resource>/{id}`: current state with its version as a weak ETag; `If-None-Match` answers 304. */
@Injectable()
export class QueryGateway {
  constructor(private readonly queryBus: QueryBus) {}

  async get(view: AggregateView, id: string, req: FastifyRequest): Promise<HttpOutcome> {
    const snapshot = await this.queryBus.execute<GetAggregate, AggregateSnapshot>(new GetAggregate(view, id));
    if (!snapshot.found)
      return fromProblem(problem(404, 'NotFound', `no ${view.resource.replace(/s$/, '')} ${id}`));
    const etag = etagOf(snapshot.version);
    if (req.headers['if-none-match'] === etag) return { status: 304, headers: { etag }, body: '' };
    return {
      status: 200,
      headers: { etag },
      body: { id, version: Number(snapshot.version), state: snapshot.state },
    };
  }
}
