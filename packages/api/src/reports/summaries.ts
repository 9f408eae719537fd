import {
  AGING_BUCKETS,
  METRICS_GROUP_KEYS,
  METRICS_PERIODS,
  REFUND_GROUP_KEYS,
  RETURN_GROUP_KEYS,
  backlogAging,
  refundLedgerSummary,
  returnsSummary,
  serviceMetrics,
  type DurationStat,
  type MetricsGroupKey,
  type MetricsPeriod,
  type RefundGroupKey,
  type ReturnGroupKey,
  type Queryable,
  type RateStat,
  type ServiceMetricsRow,
} from '@casebook/projections';
import type { JsonSchema } from '../openapi/json-schema';

/** A summary's arguments as given: the report functions judge the values. */
export interface SummaryArgs {
  readonly from?: string;
  readonly to?: string;
  readonly period?: string;
  readonly team?: string;
  readonly agent?: string;
  readonly status?: string;
  readonly currency?: string;
  readonly reason?: string;
  readonly outcome?: string;
  /** Split on commas. */
  readonly groupBy?: readonly string[];
}

export interface SummaryParam {
  readonly name: string;
  readonly schema: JsonSchema;
  readonly description: string;
  readonly required?: boolean;
}

/**
 * An aggregate report: the projections package's function does the SQL and checks its
 * arguments (throwing `InvalidReportQuery`); the route names its parameters and runs it.
 */
export interface SummaryRoute {
  /** Under `/reports/`; its last segment names the CSV file. */
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly params: readonly SummaryParam[];
  readonly run: (db: Queryable, args: SummaryArgs, now: string) => Promise<readonly object[]>;
  /** A row of the shape the query answers, for the CSV header when no row matches. */
  readonly emptyRow: (args: SummaryArgs) => object;
}

const instant = (name: string, description: string): SummaryParam => ({
  name,
  schema: { type: 'string', format: 'date-time' },
  description: `${description} (ISO-8601 UTC)`,
  required: true,
});
const list = (name: string, values: readonly string[], description: string): SummaryParam => ({
  name,
  schema: { type: 'array', items: { type: 'string', enum: values } },
  description: `${description} (comma-separated)`,
});
const text = (name: string, description: string): SummaryParam => ({
  name,
  schema: { type: 'string' },
  description,
});
const FROM = instant('from', 'start of the range, inclusive');
const TO = instant('to', 'end of the range, exclusive');
const GROUPS = list('groupBy', METRICS_GROUP_KEYS, 'one row per value of these');
const TEAM = text('team', 'only this team');
const AGENT = text('agent', 'only this agent (complaint owner or contact handler)');

/*
 * The report functions check every argument themselves (a missing `from` is "is required", an
 * unknown group key names itself), so the casts below hand over what HTTP gave, unchecked here.
 */
const metricKeys = (a: SummaryArgs) => (a.groupBy ?? []) as MetricsGroupKey[];
const refundKeys = (a: SummaryArgs) => (a.groupBy ?? []) as RefundGroupKey[];
const returnKeys = (a: SummaryArgs) => (a.groupBy ?? []) as ReturnGroupKey[];

const groupKeys = (args: SummaryArgs, keys: readonly string[]) =>
  Object.fromEntries((args.groupBy ?? []).filter((k) => keys.includes(k)).map((k) => [k, null]));

const duration: DurationStat = { count: 0, meanSeconds: null, medianSeconds: null };
const rate: RateStat = { numerator: 0, denominator: 0, rate: null };
/** Typed, so a field added to the row shows in the CSV header of an empty answer too. */
const METRICS_SHAPE: ServiceMetricsRow = {
  periodStart: '',
  firstReplyTime: duration,
  resolutionTime: duration,
  firstContactResolution: rate,
  handleTime: duration,
  reopenRate: rate,
  escalationRate: rate,
  transfersPerComplaint: { complaints: 0, transfers: 0, mean: null },
  slaAttainment: { firstResponse: rate, finalResponse: rate, resolution: rate, overall: rate },
  satisfaction: rate,
};

const metrics: SummaryRoute = {
  path: 'metrics',
  summary: 'Service metrics per period, team and agent',
  description:
    'First reply and resolution times, first-contact resolution, handle time, reopen, escalation and transfer rates, SLA attainment and satisfaction, judged now.',
  params: [
    FROM,
    TO,
    {
      name: 'period',
      schema: { type: 'string', enum: METRICS_PERIODS },
      description: 'UTC day, week or month',
      required: true,
    },
    GROUPS,
    TEAM,
    AGENT,
  ],
  run: (db, a, now) =>
    serviceMetrics(db, {
      from: a.from as string,
      to: a.to as string,
      period: a.period as MetricsPeriod,
      groupBy: metricKeys(a),
      now,
      team: a.team,
      agent: a.agent,
    }),
  emptyRow: (a) => ({ ...groupKeys(a, METRICS_GROUP_KEYS), ...METRICS_SHAPE }),
};

const backlog: SummaryRoute = {
  path: 'backlog',
  summary: 'The open backlog by age',
  description:
    'Complaints neither resolved nor closed, counted by days since filing at the request’s instant.',
  params: [GROUPS, TEAM, AGENT],
  run: (db, a, now) => backlogAging(db, { groupBy: metricKeys(a), now, team: a.team, agent: a.agent }),
  emptyRow: (a) => ({
    ...groupKeys(a, METRICS_GROUP_KEYS),
    total: 0,
    buckets: Object.fromEntries(AGING_BUCKETS.map((b) => [b.key, 0])),
  }),
};

const refundSummary: SummaryRoute = {
  path: 'refunds/summary',
  summary: 'Refund counts and amounts by reason, currency, status and month',
  description: 'Refunds requested in [from, to); amounts are summed per currency, as strings.',
  params: [
    FROM,
    TO,
    list('groupBy', REFUND_GROUP_KEYS, 'one row per value of these; currency is always among them'),
    text('status', 'only refunds now in this status'),
    text('currency', 'only this currency'),
    text('reason', 'only this reason'),
  ],
  run: (db, a) =>
    refundLedgerSummary(db, {
      from: a.from as string,
      to: a.to as string,
      groupBy: refundKeys(a),
      status: a.status,
      currency: a.currency,
      reason: a.reason,
    }),
  emptyRow: (a) => ({ ...groupKeys(a, REFUND_GROUP_KEYS), currency: null, refunds: 0, amountMinor: '0' }),
};

const returnSummary: SummaryRoute = {
  path: 'returns/summary',
  summary: 'Returned lines by SKU, category, reason, outcome, disposition, carrier, resolution and month',
  description:
    'Returns requested in [from, to), line by line: returns (each once per group), units and value asked back and inspected, refunds and the mean days to them; values per currency, as strings.',
  params: [
    FROM,
    TO,
    list('groupBy', RETURN_GROUP_KEYS, 'one row per value of these; currency is always among them'),
    text('reason', 'only returns with this reason'),
    text('outcome', 'only lines with this inspection outcome'),
    text('currency', 'only this currency'),
  ],
  run: (db, a) =>
    returnsSummary(db, {
      from: a.from as string,
      to: a.to as string,
      groupBy: returnKeys(a),
      reason: a.reason,
      outcome: a.outcome,
      currency: a.currency,
    }),
  emptyRow: (a) => ({
    ...groupKeys(a, RETURN_GROUP_KEYS),
    currency: null,
    returns: 0,
    lines: 0,
    quantity: 0,
    valueMinor: '0',
    inspectedQuantity: 0,
    inspectedValueMinor: '0',
    refunded: 0,
    meanDaysToRefund: null,
  }),
};

export const SUMMARY_ROUTES = { metrics, backlog, refundSummary, returnSummary } as const;
