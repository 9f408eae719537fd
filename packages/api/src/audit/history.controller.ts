import { Controller, Get, Inject, Param, Req, Res, type Type } from '@nestjs/common';
import type { HistoryAnswer, HistoryQuery } from '@casebook/projections';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { assertRole } from '../auth/auth.guard';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { fromProblem, type HttpOutcome } from '../http/outcome';
import { problem } from '../http/problem';
import { answer } from '../http/reply';
import { pathId } from '../queries/path-id';
import { assertQueryText, type RawQuery } from '../reports/list-query';
import { HISTORY_ROUTES, type HistoryRoute } from './history-routes';

/** The link to the next page: the same route and limit, the page's cursor. */
function nextLink(route: HistoryRoute, id: string, query: HistoryQuery, cursor: string | null) {
  if (cursor === null) return null;
  const limit = typeof query.limit === 'string' ? `&limit=${encodeURIComponent(query.limit)}` : '';
  return `/${route.resource}/${encodeURIComponent(id)}/history?cursor=${cursor}${limit}`;
}

function outcome(route: HistoryRoute, id: string, query: HistoryQuery, a: HistoryAnswer): HttpOutcome {
  switch (a._tag) {
    case 'NotFound':
      return fromProblem(problem(404, 'NotFound', `no ${route.resource.replace(/s$/, '')} ${id}`));
    case 'Invalid':
      return fromProblem(problem(400, 'InvalidInput', 'the query string is invalid', { errors: a.errors }));
    case 'Page': {
      const { streams, items, nextCursor } = a;
      const next = nextLink(route, id, query, nextCursor);
      return { status: 200, headers: {}, body: { id, streams, items, nextCursor, next } };
    }
  }
}

/**
 * `GET /<resource>/{id}/history`: the audit trail of one resource, replayed from the log (never
 * a read model, so nothing a projection dropped or got wrong can hide a fact).
 */
function historyController(route: HistoryRoute): Type {
  @Controller(route.resource)
  class HistoryController {
    constructor(@Inject(CASEBOOK_OPTIONS) readonly config: CasebookConfig) {}

    @Get(':id/history')
    async history(
      @Param('id') id: string,
      @Req() req: FastifyRequest,
      @Res({ passthrough: true }) reply: FastifyReply,
    ) {
      assertRole(req.caller!, route.readers);
      pathId(route.id, id);
      const query = (req.query ?? {}) as HistoryQuery;
      assertQueryText(query as RawQuery);
      const a = await route.load(this.config.store, id, query);
      return answer(reply, outcome(route, id, query, a));
    }
  }
  const name = `${route.resource[0]!.toUpperCase()}${route.resource.slice(1)}HistoryController`;
  Object.defineProperty(HistoryController, 'name', { value: name });
  return HistoryController;
}

export const HISTORY_CONTROLLERS: Type[] = HISTORY_ROUTES.map(historyController);
