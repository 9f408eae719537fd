/**
 * Report queries over the read models: the list engine (specs, parameters, keyset cursors, SQL,
 * pages) whose per-model specs live in the models' folders, and the aggregates (service metrics,
 * backlog aging, refund ledger summary).
 */
export { InvalidReportQuery } from './errors';
export type { Queryable } from './queryable';
export {
  METRICS_GROUP_KEYS,
  METRICS_PERIODS,
  serviceMetrics,
  serviceMetricsSql,
  type DurationStat,
  type MetricsGroupKey,
  type MetricsPeriod,
  type RateStat,
  type ServiceMetricsQuery,
  type ServiceMetricsRow,
} from './service-metrics';
export {
  AGING_BUCKETS,
  backlogAging,
  backlogAgingSql,
  type AgingBucket,
  type BacklogAgingQuery,
  type BacklogAgingRow,
} from './backlog-aging';
export {
  REFUND_GROUP_KEYS,
  refundLedgerSummary,
  refundLedgerSummarySql,
  type RefundGroupKey,
  type RefundLedgerSummaryQuery,
  type RefundLedgerSummaryRow,
} from './refund-ledger-summary';
export {
  RETURN_GROUP_KEYS,
  returnsSummary,
  returnsSummarySql,
  type ReturnGroupKey,
  type ReturnsSummaryQuery,
  type ReturnsSummaryRow,
} from './returns-summary';
export { SLA_MILESTONES, anyBreachSql, atRiskSql, breachedSql, type SlaMilestoneName } from './expressions';
export {
  CHANNELS,
  COMPLAINT_STATUSES,
  DIRECTIONS,
  INTERACTION_STATUSES,
  PRIORITIES,
  RATINGS,
  REFUND_KINDS,
  REFUND_REASONS,
  REFUND_STATUSES,
  REGIMES,
  RETURN_REASONS,
  RETURN_RESOLUTIONS,
  RETURN_STATUSES,
} from './domain-values';
export {
  RESERVED_PARAMS,
  boundFilters,
  column,
  columnFields,
  computed,
  defineList,
  inFilters,
  isFilters,
  rangeFilters,
  type FieldSpec,
  type FieldType,
  type FilterKind,
  type FilterSpec,
  type ListSpec,
} from './lists/list-spec';
export {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  parseListParams,
  type Condition,
  type ListParams,
  type ListRequest,
  type ParamIssue,
  type ParsedList,
} from './lists/list-params';
export {
  decodeCursor,
  encodeCursor,
  filterHash,
  type CursorPosition,
  type CursorScope,
} from './lists/cursor';
export { isInstant } from './lists/filter-values';
export { SORT_VALUE, listSql, rowSql, type SqlQuery } from './lists/list-sql';
export {
  EXPORT_PAGE_SIZE,
  listAll,
  listPage,
  listRow,
  type ListPage,
  type ListRow,
} from './lists/list-reader';
export {
  CLOCK_MILESTONES,
  CLOCKS_DEFAULT_LIMIT,
  CLOCKS_MAX_LIMIT,
  clocksReport,
  type ClockBreach,
  type ClockCounts,
  type ClocksReport,
  type ClocksReportQuery,
} from './clocks-report';
