import { InvalidReportQuery } from './errors';
import { lateSql, SLA_MILESTONES, type SlaMilestoneName } from './expressions';
import { decodeCursor, encodeCursor, filterHash, type CursorScope } from './lists/cursor';
import { REGIMES } from './domain-values';
import { isoOf, type Queryable, type SqlRow } from './queryable';
import { instantArg, oneOfArg, optionalArg, rangeArgs } from './validate';

/** The milestones the complaints model keeps due instants for (as SLA attainment counts them). */
export const CLOCK_MILESTONES = Object.keys(SLA_MILESTONES) as SlaMilestoneName[];
export const CLOCKS_DEFAULT_LIMIT = 100;
export const CLOCKS_MAX_LIMIT = 1000;

/** Checked at run time, `from` and `to` included (required): they come from query strings. */
export interface ClocksReportQuery {
  readonly from?: string;
  readonly to?: string;
  /** The instant outcomes are judged at: always an argument. */
  readonly now: string;
  readonly regime?: string;
  readonly milestone?: string;
  /** Breaches per page (default 100, at most 1000). */
  readonly limit?: number | string;
  readonly cursor?: string;
}

/** Milestones due in the range, by outcome at `now`. */
export interface ClockCounts {
  readonly milestone: SlaMilestoneName;
  readonly due: number;
  readonly metOnTime: number;
  readonly breached: number;
  readonly open: number;
}

export interface ClockBreach {
  readonly complaintId: string;
  readonly regime: string;
  readonly milestone: SlaMilestoneName;
  readonly dueAt: string;
  /** When it was met (late), or null when it was still unmet at `now`. */
  readonly metAt: string | null;
}

export interface ClocksReport {
  readonly from: string;
  readonly to: string;
  readonly judgedAt: string;
  readonly counts: ReadonlyArray<ClockCounts>;
  readonly breaches: ReadonlyArray<ClockBreach>;
  /** Pass as `cursor` for the next page of breaches; null on the last. */
  readonly nextCursor: string | null;
}

type After = readonly [dueAt: string, complaintId: string, milestone: string];

/** Ids and milestone names hold no space (ids keep to letters, digits and `_ . : -`). */
const KEY_SEPARATOR = ' ';

/** The lists' cursor, bound to this report's filters: a cursor from one query is refused by another. */
const scopeOf = (
  from: string,
  to: string,
  regime: string | null,
  milestones: readonly string[],
): CursorScope => ({
  sort: 'dueAt',
  filters: filterHash([
    ['from', [from]],
    ['to', [to]],
    ['regime', [regime]],
    ['milestone', milestones],
  ]),
});

const encode = (scope: CursorScope, [dueAt, complaintId, milestone]: After): string =>
  encodeCursor(scope, { value: dueAt, key: `${complaintId}${KEY_SEPARATOR}${milestone}` });

const decode = (cursor: string, scope: CursorScope): After => {
  const at = decodeCursor(cursor, scope);
  if ('error' in at) throw new InvalidReportQuery('cursor', at.error);
  const [complaintId, milestone, extra] = at.key.split(KEY_SEPARATOR);
  if (at.value === null || complaintId === undefined || milestone === undefined || extra !== undefined)
    throw new InvalidReportQuery('cursor', 'not a cursor this API issued');
  return [instantArg('cursor', at.value), complaintId, milestone];
};

const limitArg = (value: unknown): number => {
  if (value === undefined) return CLOCKS_DEFAULT_LIMIT;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > CLOCKS_MAX_LIMIT)
    throw new InvalidReportQuery('limit', `expected an integer from 1 to ${CLOCKS_MAX_LIMIT}`);
  return n;
};

/**
 * Every tracked milestone of the complaints model as a row (complaint, regime, milestone, due,
 * met), limited to those due in [$1, $2) and to regime $3 when given. One arm per milestone.
 */
export const clockFactsSql = (milestones: readonly SlaMilestoneName[]): string =>
  milestones
    .map((m) => {
      const { met, due } = SLA_MILESTONES[m];
      return `SELECT c.complaint_id, c.regime, '${m}' AS milestone, c.${due} AS due_at, c.${met} AS met_at
  FROM complaints c WHERE c.${due} >= $1 AND c.${due} < $2 AND ($3::text IS NULL OR c.regime = $3)`;
    })
    .join('\nUNION ALL\n');

// $4 is now. Met on time, breached and open partition the facts by the rule `breachedSql` uses.
const LATE = lateSql('f.met_at', 'f.due_at', '$4::timestamptz');
const countsSql = (facts: string) => `WITH f AS (${facts})
SELECT milestone, count(*)::int AS due,
  count(*) FILTER (WHERE f.met_at <= LEAST(f.due_at, $4::timestamptz))::int AS met_on_time,
  count(*) FILTER (WHERE ${LATE})::int AS breached
FROM f GROUP BY milestone`;

const breachesSql = (facts: string) => `WITH f AS (${facts})
SELECT complaint_id, regime, milestone, due_at,
  CASE WHEN f.met_at <= $4::timestamptz THEN f.met_at END AS met_at
FROM f WHERE ${LATE}
  AND ($5::timestamptz IS NULL OR (f.due_at, f.complaint_id, f.milestone) > ($5::timestamptz, $6::text, $7::text))
ORDER BY f.due_at, f.complaint_id, f.milestone LIMIT $8`;

const count = (v: unknown): number => Number(v ?? 0);

const countsOf = (rows: readonly SqlRow[], milestones: readonly SlaMilestoneName[]): ClockCounts[] =>
  milestones.map((milestone) => {
    const r = rows.find((x) => x.milestone === milestone);
    const [due, metOnTime, breached] = [count(r?.due), count(r?.met_on_time), count(r?.breached)];
    return { milestone, due, metOnTime, breached, open: due - metOnTime - breached };
  });

const breachOf = (r: SqlRow): ClockBreach => ({
  complaintId: String(r.complaint_id),
  regime: String(r.regime),
  milestone: r.milestone as SlaMilestoneName,
  dueAt: isoOf(r.due_at),
  metAt: r.met_at === null ? null : isoOf(r.met_at),
});

/**
 * Regulatory clocks across complaints: per milestone, those **due** in [from, to) by outcome at
 * `now` (met on time, breached, open), and the breaches themselves, oldest due first, paged.
 */
export async function clocksReport(db: Queryable, q: ClocksReportQuery): Promise<ClocksReport> {
  const { from, to } = rangeArgs(q.from, q.to);
  const now = instantArg('now', q.now);
  const regime = optionalArg(
    'regime',
    q.regime,
    (s) => (REGIMES as readonly string[]).includes(s),
    `expected one of ${REGIMES.join(', ')}`,
  );
  const milestones =
    q.milestone === undefined ? CLOCK_MILESTONES : [oneOfArg('milestone', q.milestone, CLOCK_MILESTONES)];
  const limit = limitArg(q.limit);
  const scope = scopeOf(from, to, regime, milestones);
  const after = q.cursor === undefined ? null : decode(q.cursor, scope);
  const facts = clockFactsSql(milestones);
  const counts = await db.query(countsSql(facts), [from, to, regime, now]);
  const page = await db.query(breachesSql(facts), [
    from,
    to,
    regime,
    now,
    ...(after ?? [null, null, null]),
    limit + 1,
  ]);
  const rows = (page.rows as SqlRow[]).map(breachOf);
  const breaches = rows.slice(0, limit);
  const last = breaches[breaches.length - 1];
  return {
    from,
    to,
    judgedAt: now,
    counts: countsOf(counts.rows as SqlRow[], milestones),
    breaches,
    nextCursor:
      rows.length > limit && last ? encode(scope, [last.dueAt, last.complaintId, last.milestone]) : null,
  };
}
