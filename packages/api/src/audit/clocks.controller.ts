import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ComplaintId, type ComplaintClocks } from '@casebook/domain';
import { clocksReport, InvalidReportQuery } from '@casebook/projections';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth/decorators';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { fromProblem } from '../http/outcome';
import { problem } from '../http/problem';
import { answer } from '../http/reply';
import { invalidQuery, type RawQuery } from '../reports/list-query';
import { reportPool } from '../reports/report-pool';
import { pathId } from '../queries/path-id';
import { CLOCK_READERS, REPORT_READERS } from '../auth/role-sets';
import { parseClocksQuery } from './clocks-params';
import { GetComplaintClocks } from './clocks.query';

/** `GET /complaints/{id}/clocks`: whoever works or checks a case (admins hold every role). */
@Controller('complaints')
export class ComplaintClocksController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/clocks')
  @Roles(...CLOCK_READERS)
  async clocks(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const clocks = await this.queryBus.execute<GetComplaintClocks, ComplaintClocks | null>(
      new GetComplaintClocks(pathId(ComplaintId, id)),
    );
    if (clocks === null) return answer(reply, fromProblem(problem(404, 'NotFound', `no complaint ${id}`)));
    return answer(reply, { status: 200, headers: {}, body: clocks });
  }
}

/**
 * `GET /reports/clocks`: clocks across complaints from the complaints model (a moment behind the
 * log), judged at the API's clock. Its argument errors become 400s naming the field.
 */
@Controller('reports')
@Roles(...REPORT_READERS)
export class ClocksReportController {
  constructor(@Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig) {}

  @Get('clocks')
  async report(@Query() query: RawQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const now = this.config.clock().toISOString();
    try {
      const body = await clocksReport(reportPool(this.config), parseClocksQuery(query, now));
      return answer(reply, { status: 200, headers: {}, body });
    } catch (e) {
      if (e instanceof InvalidReportQuery) throw invalidQuery([{ path: e.field, reason: e.reason }]);
      throw e;
    }
  }
}

/** What the Casebook module registers for the per-complaint clocks (the report is a report controller). */
export const CLOCK_CONTROLLERS = [ComplaintClocksController];
