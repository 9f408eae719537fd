import { SLA_METRICS, factsSql } from './metric-facts';
import { groupKeysOf, isoOf, numberOrNull, type Queryable, type SqlRow } from './queryable';
import { groupByArg, instantArg, oneOfArg, optionalArg, rangeArgs } from './validate';

export const METRICS_GROUP_KEYS = ['team', 'agent'] as const;
export type MetricsGroupKey = (typeof METRICS_GROUP_KEYS)[number];
/** UTC calendar periods; weeks start on Monday (ISO 8601, PostgreSQL's `date_trunc('week')`). */
export const METRICS_PERIODS = ['day', 'week', 'month'] as const;
export type MetricsPeriod = (typeof METRICS_PERIODS)[number];

export interface ServiceMetricsQuery {
  /** Empty: one row per period for everything. `team`/`agent`: one row per value (null = none). */
  readonly groupBy: readonly MetricsGroupKey[];
  readonly period: MetricsPeriod;
  /** Half-open range `[from, to)` of anchor instants, ISO-8601 UTC. */
  readonly from: string;
  readonly to: string;
  /** The instant SLA deadlines are judged at (the caller's clock, never the database's). */
  readonly now: string;
  readonly team?: string;
  readonly agent?: string;
}

/** A duration metric: how many measurements, their mean and median, in seconds. */
export interface DurationStat {
  readonly count: number;
  readonly meanSeconds: number | null;
  readonly medianSeconds: number | null;
}

/** A rate: `numerator / denominator`, null when the denominator (the population) is 0. */
export interface RateStat {
  readonly numerator: number;
  readonly denominator: number;
  readonly rate: number | null;
}

export interface ServiceMetricsRow {
  /** Present only when grouped by it; null means unassigned (or a contact with no complaint). */
  readonly team?: string | null;
  readonly agent?: string | null;
  /** Start of the UTC period, ISO-8601. */
  readonly periodStart: string;
  readonly firstReplyTime: DurationStat;
  readonly resolutionTime: DurationStat;
  readonly firstContactResolution: RateStat;
  readonly handleTime: DurationStat;
  readonly reopenRate: RateStat;
  readonly escalationRate: RateStat;
  readonly transfersPerComplaint: {
    readonly complaints: number;
    readonly transfers: number;
    readonly mean: number | null;
  };
  readonly slaAttainment: {
    readonly firstResponse: RateStat;
    readonly finalResponse: RateStat;
    readonly resolution: RateStat;
    /** Every milestone outcome of the period pooled: milestone-weighted, not complaint-weighted. */
    readonly overall: RateStat;
  };
  readonly satisfaction: RateStat;
}

const of = (metrics: readonly string[]): string => `f.metric IN (${metrics.map((m) => `'${m}'`).join(', ')})`;

const durationColumns = (m: string): string[] => [
  `count(*) FILTER (WHERE ${of([m])})::int AS ${m}_count`,
  `avg(f.value) FILTER (WHERE ${of([m])}) AS ${m}_mean`,
  `percentile_cont(0.5) WITHIN GROUP (ORDER BY f.value) FILTER (WHERE ${of([m])}) AS ${m}_median`,
];

const rateColumns = (name: string, metrics: readonly string[]): string[] => [
  `count(*) FILTER (WHERE ${of(metrics)} AND f.ok)::int AS ${name}_num`,
  `count(*) FILTER (WHERE ${of(metrics)})::int AS ${name}_den`,
  `count(*) FILTER (WHERE ${of(metrics)} AND f.ok)::float8 / NULLIF(count(*) FILTER (WHERE ${of(metrics)}), 0) AS ${name}_rate`,
];

const METRIC_COLUMNS = [
  ...durationColumns('first_reply'),
  ...durationColumns('resolution'),
  ...durationColumns('handle_time'),
  ...rateColumns('fcr', ['fcr']),
  ...rateColumns('reopen', ['reopen']),
  ...rateColumns('escalation', ['escalation']),
  ...Object.values(SLA_METRICS)
    .map((m) => rateColumns(m, [m]))
    .flat(),
  ...rateColumns('sla_overall', Object.values(SLA_METRICS)),
  ...rateColumns('csat', ['csat']),
  `count(*) FILTER (WHERE ${of(['transfers'])})::int AS transfers_count`,
  `COALESCE(sum(f.value) FILTER (WHERE ${of(['transfers'])}), 0)::int AS transfers_total`,
  `avg(f.value) FILTER (WHERE ${of(['transfers'])}) AS transfers_mean`,
];

/**
 * Parameters: $1 from, $2 to, $3 now, $4 period, $5 team filter, $6 agent filter. The period is
 * truncated in UTC, so a day is a UTC day whatever the server's time zone.
 */
export const serviceMetricsSql = (groupBy: readonly MetricsGroupKey[]): string => {
  const keys = groupBy.map((k) => `f.${k}`);
  const period = `date_trunc($4::text, f.at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`;
  return [
    `SELECT ${[...keys, `${period} AS period_start`, ...METRIC_COLUMNS].join(',\n  ')}`,
    `FROM (${factsSql()}) f`,
    `WHERE f.at >= $1::timestamptz AND f.at < $2::timestamptz`,
    `  AND ($5::text IS NULL OR f.team = $5) AND ($6::text IS NULL OR f.agent = $6)`,
    `GROUP BY ${[...keys, 'period_start'].join(', ')}`,
    `ORDER BY ${['period_start', ...keys].join(', ')}`,
  ].join('\n');
};

const duration = (r: SqlRow, m: string): DurationStat => ({
  count: Number(r[`${m}_count`]),
  meanSeconds: numberOrNull(r[`${m}_mean`]),
  medianSeconds: numberOrNull(r[`${m}_median`]),
});

const rate = (r: SqlRow, name: string): RateStat => ({
  numerator: Number(r[`${name}_num`]),
  denominator: Number(r[`${name}_den`]),
  rate: numberOrNull(r[`${name}_rate`]),
});

const toRow = (r: SqlRow, groupBy: readonly MetricsGroupKey[]): ServiceMetricsRow => ({
  ...groupKeysOf(r, groupBy),
  periodStart: isoOf(r.period_start),
  firstReplyTime: duration(r, 'first_reply'),
  resolutionTime: duration(r, 'resolution'),
  firstContactResolution: rate(r, 'fcr'),
  handleTime: duration(r, 'handle_time'),
  reopenRate: rate(r, 'reopen'),
  escalationRate: rate(r, 'escalation'),
  transfersPerComplaint: {
    complaints: Number(r.transfers_count),
    transfers: Number(r.transfers_total),
    mean: numberOrNull(r.transfers_mean),
  },
  slaAttainment: {
    firstResponse: rate(r, SLA_METRICS.first_response),
    finalResponse: rate(r, SLA_METRICS.final_response),
    resolution: rate(r, SLA_METRICS.resolution),
    overall: rate(r, 'sla_overall'),
  },
  satisfaction: rate(r, 'csat'),
});

/**
 * Service metrics per period (and team and/or agent), computed at query time from the
 * `complaints` and `interactions` read models. Definitions: docs/reporting.md. A (group,
 * period) with no fact of any metric has no row. Throws `InvalidReportQuery` on a bad argument.
 */
export async function serviceMetrics(db: Queryable, q: ServiceMetricsQuery): Promise<ServiceMetricsRow[]> {
  const groupBy = groupByArg(q.groupBy, METRICS_GROUP_KEYS);
  const { from, to } = rangeArgs(q.from, q.to);
  const params = [
    from,
    to,
    instantArg('now', q.now),
    oneOfArg('period', q.period, METRICS_PERIODS),
    optionalArg('team', q.team),
    optionalArg('agent', q.agent),
  ];
  const { rows } = await db.query(serviceMetricsSql(groupBy), params);
  return (rows as SqlRow[]).map((r) => toRow(r, groupBy));
}
