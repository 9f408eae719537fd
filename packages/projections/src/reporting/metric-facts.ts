import { SLA_MILESTONES, breachedSql, type SlaMilestoneName } from './expressions';

/*
 * One row per measurement ("fact"), whatever the metric: (metric, team, agent, at, value, ok).
 * `at` is the anchor instant that places the fact in a period, `value` a duration or count to
 * average, `ok` whether it counts in a rate's numerator. Every metric is then a filtered
 * aggregate over the same rows, so one query computes them all for any grouping and period.
 * Complaint facts are attributed to the complaint's current team and owner (`c.team`,
 * `c.owner_id`), as Zendesk reports against the current group and assignee. See docs/reporting.md.
 */

/** The instant to judge SLA deadlines at: a bound parameter, never the database clock. */
export const NOW_PARAM = '$3::timestamptz';

export const SLA_METRICS = {
  first_response: 'sla_first_response',
  final_response: 'sla_final_response',
  resolution: 'sla_resolution',
} as const satisfies Record<SlaMilestoneName, string>;

/** A fact about each complaint `c` that `where` admits (default: its anchor is known). */
interface ComplaintFact {
  readonly metric: string;
  readonly at: string;
  readonly where?: string;
  readonly value?: string;
  readonly ok?: string;
}

const seconds = (from: string, to: string): string => `extract(epoch FROM ${to} - ${from})::float8`;

/** Linked inbound contacts: how many times the customer had to get in touch. */
const inboundContacts =
  "(SELECT count(*) FROM interactions i WHERE i.complaint_id = c.complaint_id AND i.direction = 'inbound')";

const COMPLAINT_FACTS: readonly ComplaintFact[] = [
  { metric: 'first_reply', at: 'c.first_response_at', value: seconds('c.filed_at', 'c.first_response_at') },
  { metric: 'resolution', at: 'c.first_resolved_at', value: seconds('c.filed_at', 'c.first_resolved_at') },
  { metric: 'fcr', at: 'c.first_resolved_at', ok: `(c.reopen_count = 0 AND ${inboundContacts} <= 1)` },
  { metric: 'reopen', at: 'c.first_resolved_at', ok: 'c.reopen_count > 0' },
  { metric: 'escalation', at: 'c.filed_at', ok: 'c.escalation_count > 0' },
  { metric: 'transfers', at: 'c.filed_at', value: 'c.transfer_count::float8' },
  {
    metric: 'csat',
    at: 'c.satisfaction_at',
    where: 'c.satisfaction IS NOT NULL',
    ok: "c.satisfaction = 'good'",
  },
];

/**
 * A milestone with a due instant counts once its outcome is known at `now`: met on time (placed
 * at the instant it was met) or breached by `breachedSql` (placed at the due instant, when it
 * became a breach, even if it was met later). Not yet met and not yet due: not counted.
 */
const slaFact = (milestone: SlaMilestoneName): ComplaintFact => {
  const { met, due } = SLA_MILESTONES[milestone];
  const breached = breachedSql(milestone, 'c', NOW_PARAM);
  // LEAST skips nulls, so the due instant's own null test is needed, not implied.
  const metOnTime = `c.${due} IS NOT NULL AND c.${met} <= LEAST(c.${due}, ${NOW_PARAM})`;
  return {
    metric: SLA_METRICS[milestone],
    at: `CASE WHEN ${breached} THEN c.${due} ELSE c.${met} END`,
    where: `(${metOnTime} OR ${breached})`,
    ok: `NOT ${breached}`,
  };
};

/** The first branch of the union fixes the column names and types, hence the casts. */
const complaintFactSql = ({ metric, at, where, value, ok }: ComplaintFact): string =>
  `SELECT '${metric}'::text AS metric, c.team, c.owner_id AS agent, ${at} AS at,` +
  ` ${value ?? 'NULL::float8'} AS value, ${ok ?? 'NULL::boolean'} AS ok` +
  ` FROM complaints c WHERE ${where ?? `${at} IS NOT NULL`}`;

/** Ended contacts: agent from the contact itself, team from its linked complaint (else null). */
const HANDLE_TIME_SQL =
  "SELECT 'handle_time', c.team, i.agent_id, i.ended_at," +
  ' (i.talk_seconds + i.hold_seconds + i.wrap_up_seconds)::float8, NULL::boolean' +
  " FROM interactions i LEFT JOIN complaints c ON c.complaint_id = i.complaint_id WHERE i.status = 'ended'";

/** The union of every metric's facts, `metric` naming the metric. */
export const factsSql = (): string =>
  [
    ...COMPLAINT_FACTS.map(complaintFactSql),
    ...(Object.keys(SLA_MILESTONES) as SlaMilestoneName[]).map((m) => complaintFactSql(slaFact(m))),
    HANDLE_TIME_SQL,
  ].join('\nUNION ALL\n');
