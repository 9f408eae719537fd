import { ClocksReportController } from '../audit/clocks.controller';
import { clocksOpenApi } from '../audit/clocks-openapi';
import { listOpenApi } from './report-openapi';
import { ReportsController } from './reports.controller';
import { SummaryReportsController } from './summaries.controller';
import { summaryOpenApi } from './summaries-openapi';

/** The read-model query routes (`/reports/...`): analysts, auditors and supervisors. */
export const REPORT_CONTROLLERS: Array<new (...args: never[]) => unknown> = [
  ReportsController,
  SummaryReportsController,
  ClocksReportController,
];

/** The report routes of the API document, from the same specs and tables the controllers run. */
export function reportOpenApi() {
  const lists = listOpenApi();
  return { paths: { ...lists.paths, ...summaryOpenApi(), ...clocksOpenApi() }, schemas: lists.schemas };
}
