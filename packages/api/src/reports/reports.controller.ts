import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { problem } from '../http/problem';
import { fromProblem } from '../http/outcome';
import { send } from '../http/reply';
import { complaintsReport } from './complaints.report';
import { customersReport } from './customers.report';
import { interactionsReport } from './interactions.report';
import { parseListQuery, type RawQuery } from './list-params';
import type { ListSpec } from './list-spec';
import { refundsReport } from './refunds.report';
import { REPORT_READERS } from './report-routes';
import { ReportReader } from './report-reader';
import { sendCsv } from './send-csv';

/**
 * `GET /reports/...`: the read models, filtered, sorted and paged, or whole as CSV. Each route
 * names its list spec; decoding the query and running it live in `parseListQuery` and `ReportReader`.
 */
@Controller('reports')
@Roles(...REPORT_READERS)
export class ReportsController {
  private readonly reader: ReportReader;

  constructor(@Inject(CASEBOOK_OPTIONS) config: CasebookConfig) {
    this.reader = new ReportReader(config);
  }

  @Get('complaints')
  complaints(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.list(complaintsReport, req, reply);
  }

  @Get('complaints/:id')
  complaint(@Param('id') id: string, @Res() reply: FastifyReply) {
    return this.row(complaintsReport, id, reply);
  }

  @Get('customers')
  customers(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.list(customersReport, req, reply);
  }

  @Get('customers/:id')
  customer(@Param('id') id: string, @Res() reply: FastifyReply) {
    return this.row(customersReport, id, reply);
  }

  @Get('refunds')
  refunds(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.list(refundsReport, req, reply);
  }

  @Get('interactions')
  interactions(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.list(interactionsReport, req, reply);
  }

  private async list(spec: ListSpec, req: FastifyRequest, reply: FastifyReply) {
    const request = parseListQuery(spec, req.query as RawQuery, req.headers.accept);
    if (request.format === 'csv') return sendCsv(reply, spec.name, await this.reader.csv(spec, request));
    send(reply, { status: 200, headers: {}, body: await this.reader.page(spec, request) });
  }

  private async row(spec: ListSpec, id: string, reply: FastifyReply) {
    const row = await this.reader.one(spec, id);
    const noun = spec.name.replace(/s$/, '');
    send(
      reply,
      row
        ? { status: 200, headers: {}, body: row }
        : fromProblem(problem(404, 'NotFound', `no ${noun} ${id}`)),
    );
  }
}
