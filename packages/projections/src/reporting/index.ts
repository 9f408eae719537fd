/** Report queries over the read models: service metrics, backlog aging, refund ledger summary. */
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
export { SLA_MILESTONES, anyBreachSql, atRiskSql, breachedSql, type SlaMilestoneName } from './expressions';
