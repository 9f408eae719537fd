import { Currency, RefundReason } from '@casebook/domain';
import { REFUND_STATUSES } from './domain-values';
import { type Queryable, type SqlRow } from './queryable';
import { groupByArg, oneOfArg, optionalArg, rangeArgs } from './validate';

export const REFUND_GROUP_KEYS = ['reason', 'currency', 'status', 'month'] as const;
export type RefundGroupKey = (typeof REFUND_GROUP_KEYS)[number];

export interface RefundLedgerSummaryQuery {
  /** Half-open range `[from, to)` of `requested_at`, ISO-8601 UTC. */
  readonly from: string;
  readonly to: string;
  /** Any subset; `currency` is added when missing, since amounts in different currencies never add up. */
  readonly groupBy: readonly RefundGroupKey[];
  readonly status?: string;
  readonly currency?: string;
  readonly reason?: string;
}

export interface RefundLedgerSummaryRow {
  readonly reason?: string;
  /** Always present (see `groupBy`). */
  readonly currency: string;
  /** The refund's current status. */
  readonly status?: string;
  /** `YYYY-MM`, the UTC month the refund was requested in. */
  readonly month?: string;
  readonly refunds: number;
  /** Sum of `amount_minor` as a decimal string: exact past 2^53, and JSON has no bigint. */
  readonly amountMinor: string;
}

/** The SQL of each group key; `month` is the UTC calendar month of the request. */
const KEY_SQL: Readonly<Record<RefundGroupKey, string>> = {
  reason: 'r.reason',
  currency: 'r.currency',
  status: 'r.status',
  month: `to_char(r.requested_at AT TIME ZONE 'UTC', 'YYYY-MM')`,
};

/** Rows come ordered by these, month first (time series), currency always among them. */
const ORDER: readonly RefundGroupKey[] = ['month', 'currency', 'reason', 'status'];

const effectiveKeys = (asked: readonly RefundGroupKey[]): RefundGroupKey[] =>
  ORDER.filter((k) => k === 'currency' || asked.includes(k));

/** Parameters: $1 from, $2 to, $3 status, $4 currency, $5 reason filters. */
export const refundLedgerSummarySql = (groupBy: readonly RefundGroupKey[]): string => {
  const keys = effectiveKeys(groupBy);
  return [
    `SELECT ${[...keys.map((k) => `${KEY_SQL[k]} AS ${k}`), 'count(*)::int AS refunds', 'sum(r.amount_minor)::text AS amount_minor'].join(', ')}`,
    `FROM refund_ledger r`,
    `WHERE r.requested_at >= $1::timestamptz AND r.requested_at < $2::timestamptz`,
    `  AND ($3::text IS NULL OR r.status = $3) AND ($4::text IS NULL OR r.currency = $4)`,
    `  AND ($5::text IS NULL OR r.reason = $5)`,
    `GROUP BY ${keys.map((k) => KEY_SQL[k]).join(', ')}`,
    `ORDER BY ${keys.map((k) => KEY_SQL[k]).join(', ')}`,
  ].join('\n');
};

const toRow = (r: SqlRow, keys: readonly RefundGroupKey[]): RefundLedgerSummaryRow => ({
  ...(Object.fromEntries(keys.map((k) => [k, r[k]])) as { currency: string }),
  refunds: Number(r.refunds),
  amountMinor: String(r.amount_minor),
});

/**
 * Refund counts and amounts requested in `[from, to)`, grouped by reason, currency, status and
 * month. Throws `InvalidReportQuery` on a bad argument.
 */
export async function refundLedgerSummary(
  db: Queryable,
  q: RefundLedgerSummaryQuery,
): Promise<RefundLedgerSummaryRow[]> {
  const groupBy = groupByArg(q.groupBy, REFUND_GROUP_KEYS);
  const { from, to } = rangeArgs(q.from, q.to);
  const params = [
    from,
    to,
    q.status === undefined ? null : oneOfArg('status', q.status, REFUND_STATUSES),
    optionalArg('currency', q.currency, Currency.is, 'expected an ISO 4217 currency code such as GBP'),
    optionalArg('reason', q.reason, RefundReason.is, 'expected a refund reason such as goodwill'),
  ];
  const { rows } = await db.query(refundLedgerSummarySql(groupBy), params);
  return (rows as SqlRow[]).map((r) => toRow(r, effectiveKeys(groupBy)));
}
