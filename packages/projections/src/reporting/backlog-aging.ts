import { groupKeysOf, type Queryable, type SqlRow } from './queryable';
import { METRICS_GROUP_KEYS, type MetricsGroupKey } from './service-metrics';
import { groupByArg, instantArg, optionalArg } from './validate';

export interface BacklogAgingQuery {
  readonly groupBy: readonly MetricsGroupKey[];
  /** The instant ages are measured at (the caller's clock, never the database's). */
  readonly now: string;
  readonly team?: string;
  readonly agent?: string;
}

/**
 * Age buckets, lower bound included, upper excluded, in days of 24 hours since `filed_at`. The
 * keys are the API's field names; the bounds are the definition (docs/reporting.md).
 */
export const AGING_BUCKETS = [
  { key: 'under1d', fromDays: 0, toDays: 1 },
  { key: 'from1to3d', fromDays: 1, toDays: 3 },
  { key: 'from3to7d', fromDays: 3, toDays: 7 },
  { key: 'from7to14d', fromDays: 7, toDays: 14 },
  { key: 'from14to28d', fromDays: 14, toDays: 28 },
  { key: 'over28d', fromDays: 28, toDays: null },
] as const;

export type AgingBucket = (typeof AGING_BUCKETS)[number]['key'];

export interface BacklogAgingRow {
  /** Present only when grouped by it; null means unassigned. */
  readonly team?: string | null;
  readonly agent?: string | null;
  readonly total: number;
  readonly buckets: Readonly<Record<AgingBucket, number>>;
}

const DAY = 86_400;

const bucketColumn = ({ key, fromDays, toDays }: (typeof AGING_BUCKETS)[number]): string => {
  const upper = toDays === null ? '' : ` AND b.age_seconds < ${toDays * DAY}`;
  return `count(*) FILTER (WHERE b.age_seconds >= ${fromDays * DAY}${upper})::int AS "${key}"`;
};

/**
 * Parameters: $1 now, $2 team filter, $3 agent filter. The backlog is the complaints whose
 * current status is neither resolved nor closed (open, awaiting_customer, on_hold) and that were
 * filed by `now`: the model keeps no status history, so `now` sets the ages, not the statuses.
 */
export const backlogAgingSql = (groupBy: readonly MetricsGroupKey[]): string => {
  const keys = groupBy.map((k) => `b.${k}`);
  return [
    `SELECT ${[...keys, 'count(*)::int AS total', ...AGING_BUCKETS.map(bucketColumn)].join(',\n  ')}`,
    `FROM (SELECT c.team, c.owner_id AS agent, extract(epoch FROM $1::timestamptz - c.filed_at) AS age_seconds`,
    `      FROM complaints c`,
    `      WHERE c.status NOT IN ('resolved', 'closed') AND c.filed_at <= $1::timestamptz) b`,
    `WHERE ($2::text IS NULL OR b.team = $2) AND ($3::text IS NULL OR b.agent = $3)`,
    keys.length > 0 ? `GROUP BY ${keys.join(', ')} ORDER BY ${keys.join(', ')}` : '',
  ].join('\n');
};

const toRow = (r: SqlRow, groupBy: readonly MetricsGroupKey[]): BacklogAgingRow => ({
  ...groupKeysOf(r, groupBy),
  total: Number(r.total),
  buckets: Object.fromEntries(AGING_BUCKETS.map(({ key }) => [key, Number(r[key])])) as Record<
    AgingBucket,
    number
  >,
});

/**
 * The open backlog by age at `now`, per team and/or agent. Ungrouped, always one row (zeros
 * when there is no backlog); grouped, one row per group with backlog. Throws
 * `InvalidReportQuery` on a bad argument.
 */
export async function backlogAging(db: Queryable, q: BacklogAgingQuery): Promise<BacklogAgingRow[]> {
  const groupBy = groupByArg(q.groupBy, METRICS_GROUP_KEYS);
  const params = [instantArg('now', q.now), optionalArg('team', q.team), optionalArg('agent', q.agent)];
  const { rows } = await db.query(backlogAgingSql(groupBy), params);
  return (rows as SqlRow[]).map((r) => toRow(r, groupBy));
}
