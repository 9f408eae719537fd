import { listOpenApi } from './report-openapi';
import { ReportsController } from './reports.controller';
import { SummaryReportsController } from './summaries.controller';
import { summaryOpenApi } from './summaries-openapi';

/** The read-model query routes (`/reports/...`): analysts, auditors and supervisors. */
export const REPORT_CONTROLLERS: Array<new (...args: never[]) => unknown> = [
  ReportsController,
  SummaryReportsController,
];

/** The report routes of the API document, from the same specs and tables the controllers run. */
export function reportOpenApi() {
  const lists = listOpenApi();
  return { paths: { ...lists.paths, ...summaryOpenApi() }, schemas: lists.schemas };
}
