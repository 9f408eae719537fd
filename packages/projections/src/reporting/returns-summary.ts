import { Currency, InspectionOutcome } from '@casebook/domain';
import { RETURN_REASONS } from './domain-values';
import { type Queryable, type SqlRow } from './queryable';
import { groupByArg, optionalArg, rangeArgs } from './validate';

export const RETURN_GROUP_KEYS = [
  'sku',
  'category',
  'reason',
  'outcome',
  'disposition',
  'carrier',
  'resolution',
  'month',
  'currency',
] as const;
export type ReturnGroupKey = (typeof RETURN_GROUP_KEYS)[number];

export interface ReturnsSummaryQuery {
  /** Half-open range `[from, to)` of `requested_at`, ISO-8601 UTC. */
  readonly from: string;
  readonly to: string;
  /** Any subset; `currency` is added when missing, since values in different currencies never add up. */
  readonly groupBy: readonly ReturnGroupKey[];
  readonly reason?: string;
  readonly outcome?: string;
  readonly currency?: string;
}

export interface ReturnsSummaryRow {
  readonly sku?: string;
  readonly category?: string;
  readonly reason?: string;
  /** A line's inspection outcome; null while it is not inspected. */
  readonly outcome?: string | null;
  readonly disposition?: string | null;
  /** The carrier the customer shipped with; null when nothing was shipped. */
  readonly carrier?: string | null;
  readonly resolution?: string | null;
  /** `YYYY-MM`, the UTC month the return was requested in. */
  readonly month?: string;
  readonly currency: string;
  /** Returns with at least one line in the group. */
  readonly returns: number;
  readonly lines: number;
  /** Units asked back, and their value (quantity × unit price), minor units as a decimal string. */
  readonly quantity: number;
  readonly valueMinor: string;
  /** Units inspected, and their value: what restock, refurbish or scrap is worth. */
  readonly inspectedQuantity: number;
  readonly inspectedValueMinor: string;
  /** Returns resolved with a refund, and their mean whole days from request to resolution. */
  readonly refunded: number;
  readonly meanDaysToRefund: number | null;
}

/** A group key's SQL over the unnested lines `l` of the returns `r`. */
const KEY_SQL: Readonly<Record<ReturnGroupKey, string>> = {
  sku: 'l.sku',
  category: 'l.category',
  reason: 'r.reason',
  outcome: 'l.outcome',
  disposition: 'l.disposition',
  carrier: 'r.carrier',
  resolution: 'r.resolution',
  month: `to_char(r.requested_at AT TIME ZONE 'UTC', 'YYYY-MM')`,
  currency: 'r.currency',
};

/** Rows come ordered by these, month first (time series), currency always among them. */
const ORDER: readonly ReturnGroupKey[] = [
  'month',
  'currency',
  'category',
  'sku',
  'reason',
  'outcome',
  'disposition',
  'carrier',
  'resolution',
];

const effectiveKeys = (asked: readonly ReturnGroupKey[]): ReturnGroupKey[] =>
  ORDER.filter((k) => k === 'currency' || asked.includes(k));

/**
 * Two levels, so that a return counts once per group however many of its lines are in it: first
 * per group and return (its lines summed), then per group. Parameters: $1 from, $2 to, $3 reason,
 * $4 outcome, $5 currency.
 */
export const returnsSummarySql = (groupBy: readonly ReturnGroupKey[]): string => {
  const keys = effectiveKeys(groupBy);
  const inner = keys.map((k) => `${KEY_SQL[k]} AS ${k}`);
  return [
    `WITH per_return AS (`,
    `  SELECT ${[...inner, 'r.return_id'].join(', ')}, count(*) AS lines,`,
    `    sum(l.quantity) AS quantity, sum(l.quantity * l."unitPriceMinor") AS value,`,
    `    sum(coalesce(l.inspected, 0)) AS inspected, sum(coalesce(l.inspected, 0) * l."unitPriceMinor") AS inspected_value,`,
    `    max(r.days_to_resolution) FILTER (WHERE r.resolution = 'refund') AS days_to_refund`,
    `  FROM returns r CROSS JOIN LATERAL jsonb_to_recordset(r.lines::jsonb)`,
    `    AS l(sku text, category text, quantity int, "unitPriceMinor" bigint, inspected int, outcome text, disposition text)`,
    `  WHERE r.requested_at >= $1::timestamptz AND r.requested_at < $2::timestamptz`,
    `    AND ($3::text IS NULL OR r.reason = $3) AND ($4::text IS NULL OR l.outcome = $4)`,
    `    AND ($5::text IS NULL OR r.currency = $5)`,
    `  GROUP BY ${[...keys.map((k) => KEY_SQL[k]), 'r.return_id'].join(', ')})`,
    `SELECT ${[...keys, 'count(*)::int AS returns', 'sum(lines)::int AS lines', 'sum(quantity)::int AS quantity'].join(', ')},`,
    `  sum(value)::text AS value_minor, sum(inspected)::int AS inspected_quantity,`,
    `  sum(inspected_value)::text AS inspected_value_minor, count(days_to_refund)::int AS refunded,`,
    `  round(avg(days_to_refund), 2)::float8 AS mean_days_to_refund`,
    `FROM per_return`,
    `GROUP BY ${keys.join(', ')}`,
    `ORDER BY ${keys.join(', ')}`,
  ].join('\n');
};

const toRow = (r: SqlRow, keys: readonly ReturnGroupKey[]): ReturnsSummaryRow => ({
  ...(Object.fromEntries(keys.map((k) => [k, r[k]])) as { currency: string }),
  returns: Number(r.returns),
  lines: Number(r.lines),
  quantity: Number(r.quantity),
  valueMinor: String(r.value_minor),
  inspectedQuantity: Number(r.inspected_quantity),
  inspectedValueMinor: String(r.inspected_value_minor),
  refunded: Number(r.refunded),
  meanDaysToRefund: r.mean_days_to_refund === null ? null : Number(r.mean_days_to_refund),
});

/**
 * Returns requested in `[from, to)`, line by line, grouped by SKU, category, reason, inspection
 * outcome, disposition, carrier, resolution, month and currency (docs/reporting.md, "Returns").
 * Throws `InvalidReportQuery` on a bad argument.
 */
export async function returnsSummary(db: Queryable, q: ReturnsSummaryQuery): Promise<ReturnsSummaryRow[]> {
  const groupBy = groupByArg(q.groupBy, RETURN_GROUP_KEYS);
  const { from, to } = rangeArgs(q.from, q.to);
  const params = [
    from,
    to,
    optionalArg(
      'reason',
      q.reason,
      (s) => (RETURN_REASONS as readonly string[]).includes(s),
      `expected one of ${RETURN_REASONS.join(', ')}`,
    ),
    optionalArg(
      'outcome',
      q.outcome,
      InspectionOutcome.is,
      `expected one of ${InspectionOutcome.values.join(', ')}`,
    ),
    optionalArg('currency', q.currency, Currency.is, 'expected an ISO 4217 currency code such as GBP'),
  ];
  const { rows } = await db.query(returnsSummarySql(groupBy), params);
  return (rows as SqlRow[]).map((r) => toRow(r, effectiveKeys(groupBy)));
}
