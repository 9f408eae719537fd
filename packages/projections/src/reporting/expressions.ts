/**
 * SQL for the facts that depend on the clock. A fold cannot know that a deadline passed with no
 * event, so the read models store due instants and these expressions decide at query time.
 * `c` / `cu` are the aliases of `complaints` / `customer_360` in the caller's query; `now` is a
 * SQL expression for the instant to judge at (a bound parameter, so tests can pin it).
 */

/** The SLA milestones the complaints model tracks: each met-at column and its due column. */
export const SLA_MILESTONES = {
  first_response: { met: 'first_response_at', due: 'first_response_due_at' },
  final_response: { met: 'final_response_at', due: 'final_response_due_at' },
  resolution: { met: 'resolved_at', due: 'resolution_due_at' },
} as const;

export type SlaMilestoneName = keyof typeof SLA_MILESTONES;

/**
 * Breached as seen at `now`: met after its due instant, or not met by `now` and `now` is past it.
 * `LEAST` (which skips nulls) also judges a past `now` right: a milestone met after that `now`
 * was still unmet then. A milestone with no due instant (no target in its regime) never breaches.
 */
export const breachedSql = (milestone: SlaMilestoneName, c: string, now: string): string => {
  const { met, due } = SLA_MILESTONES[milestone];
  return `(${c}.${due} IS NOT NULL AND ${lateSql(`${c}.${met}`, `${c}.${due}`, now)})`;
};

/** The breach rule itself, over any met and due expressions: met after due, or unmet past it. */
export const lateSql = (met: string, due: string, now: string): string => `LEAST(${met}, ${now}) > ${due}`;

/** Any tracked milestone breached. */
export const anyBreachSql = (c: string, now: string): string =>
  `(${Object.keys(SLA_MILESTONES)
    .map((m) => breachedSql(m as SlaMilestoneName, c, now))
    .join(' OR ')})`;

/**
 * The customer-360 at-risk flag: a bad latest rating, two or more complaints filed in the 90
 * days before `now`, any reopened complaint, or any complaint with a breached SLA.
 */
export const atRiskSql = (cu: string, now: string): string =>
  // COALESCE: with no rating or no earlier complaint those terms are NULL, and NULL OR false is NULL.
  `COALESCE(${cu}.latest_satisfaction = 'bad'` +
  ` OR ${cu}.previous_complaint_at > ${now} - interval '90 days'` +
  ` OR ${cu}.reopen_count > 0` +
  ` OR EXISTS (SELECT 1 FROM complaints c WHERE c.customer_id = ${cu}.customer_id AND ${anyBreachSql('c', now)}), false)`;
