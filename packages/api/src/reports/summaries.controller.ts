import { InvalidReportQuery } from '@casebook/projections';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { answer } from '../http/reply';
import { invalidQuery, type RawQuery } from './list-query';
import { reportPool } from './report-pool';
import { REPORT_READERS } from './report-routes';
import { csvAnswer } from './send-csv';
import { SUMMARY_ROUTES, type SummaryArgs, type SummaryRoute } from './summaries';
import { summaryCsv } from './summary-csv';
import { parseSummaryQuery } from './summary-params';

/**
 * `GET /reports/metrics`, `/reports/backlog`, `/reports/refunds/summary`, `/reports/returns/summary`: the aggregate reports
 * of `@casebook/projections`, at the request's instant, as JSON `{ items }` or CSV.
 */
@Controller('reports')
@Roles(...REPORT_READERS)
export class SummaryReportsController {
  constructor(@Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig) {}

  @Get('refunds/summary')
  refundSummary(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.summary(SUMMARY_ROUTES.refundSummary, req, reply);
  }

  @Get('returns/summary')
  returnSummary(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.summary(SUMMARY_ROUTES.returnSummary, req, reply);
  }

  @Get('metrics')
  metrics(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.summary(SUMMARY_ROUTES.metrics, req, reply);
  }

  @Get('backlog')
  backlog(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.summary(SUMMARY_ROUTES.backlog, req, reply);
  }

  private async summary(route: SummaryRoute, req: FastifyRequest, reply: FastifyReply) {
    const { args, format } = parseSummaryQuery(route, req.query as RawQuery, req.headers.accept);
    const items = await this.run(route, args);
    if (format === 'csv')
      return csvAnswer(reply, route.path.replace('/', '-'), summaryCsv(items, route.emptyRow(args)));
    return answer(reply, { status: 200, headers: {}, body: { items } });
  }

  /** The report function checks its arguments; its errors become 400s naming the one at fault. */
  private async run(route: SummaryRoute, args: SummaryArgs) {
    try {
      return await route.run(reportPool(this.config), args, this.config.clock().toISOString());
    } catch (e) {
      if (e instanceof InvalidReportQuery) throw invalidQuery([{ path: e.field, reason: e.reason }]);
      throw e;
    }
  }
}
