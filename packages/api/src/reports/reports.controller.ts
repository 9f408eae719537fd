import {
  complaintsReport,
  customersReport,
  interactionsReport,
  listAll,
  listPage,
  listRow,
  refundsReport,
  returnsReport,
  type ListSpec,
} from '@casebook/projections';
import { ComplaintId, CustomerId } from '@casebook/domain';
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { problem } from '../http/problem';
import { fromProblem } from '../http/outcome';
import { answer } from '../http/reply';
import { pathId } from '../queries/path-id';
import { listCsv } from './list-csv';
import { parseListQuery, type RawQuery } from './list-query';
import { reportPool } from './report-pool';
import { REPORT_READERS } from './report-routes';
import { csvAnswer } from './send-csv';

/**
 * `GET /reports/...`: the read models, filtered, sorted and paged, or whole as CSV. Each route
 * names its list spec; `@casebook/projections` decodes the parameters and runs the query, at
 * the request's instant (the API's clock).
 */
@Controller('reports')
@Roles(...REPORT_READERS)
export class ReportsController {
  constructor(@Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig) {}

  @Get('complaints')
  complaints(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.list(complaintsReport, req, reply);
  }

  @Get('complaints/:id')
  complaint(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.row(complaintsReport, pathId(ComplaintId, id), reply);
  }

  @Get('customers')
  customers(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.list(customersReport, req, reply);
  }

  @Get('customers/:id')
  customer(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.row(customersReport, pathId(CustomerId, id), reply);
  }

  @Get('refunds')
  refunds(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.list(refundsReport, req, reply);
  }

  @Get('interactions')
  interactions(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.list(interactionsReport, req, reply);
  }

  @Get('returns')
  returns(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.list(returnsReport, req, reply);
  }

  private async list(spec: ListSpec, req: FastifyRequest, reply: FastifyReply) {
    const { request, format } = parseListQuery(spec, req.query as RawQuery, req.headers.accept);
    const db = reportPool(this.config);
    const now = this.config.clock();
    if (format === 'csv')
      return csvAnswer(reply, spec.name, listCsv(spec, await listAll(db, spec, request, now)));
    return answer(reply, { status: 200, headers: {}, body: await listPage(db, spec, request, now) });
  }

  private async row(spec: ListSpec, id: string, reply: FastifyReply) {
    const row = await listRow(reportPool(this.config), spec, id, this.config.clock());
    const noun = spec.name.replace(/s$/, '');
    return answer(
      reply,
      row
        ? { status: 200, headers: {}, body: row }
        : fromProblem(problem(404, 'NotFound', `no ${noun} ${id}`)),
    );
  }
}
