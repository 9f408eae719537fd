/** The read-model query routes (`/reports/...`): analysts, auditors and supervisors. */
export const REPORT_CONTROLLERS: Array<new (...args: never[]) => unknown> = [];
