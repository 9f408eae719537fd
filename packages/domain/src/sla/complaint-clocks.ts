import * as O from 'fp-ts/Option';
import type { ComplaintEvent } from '../complaint/events';
import type { Regime } from '../complaint/codecs';
import { toMillis, type Instant } from '../shared/instant';
import { milestonesMet, type MetBy, type MilestoneFacts } from './milestones-met';
import { complaintPauses } from './pauses';
import { milestoneDeadline, type StatusPause } from './policies';
import type { AppliedPolicy } from './policy-registry';
import type { SlaDuration, SlaMilestone, SlaTarget } from './policy';

/**
 * `met` on or before its due instant; `breached` met late, or unmet and due before `now`; `open`
 * unmet and not yet due; `paused` unmet while a pause the policy counts has no end yet; `lapsed`
 * an option (the summary-resolution route) not taken in time, which is no breach.
 */
export type ClockStatus = 'met' | 'breached' | 'open' | 'paused' | 'lapsed';

/** One deadline of one complaint, as judged at `now`. */
export interface MilestoneClock {
  readonly milestone: SlaMilestone;
  /** The policy's words, e.g. `15 business days, 35 with a holding response`. */
  readonly target: string;
  /** False for a route the firm may take (summary resolution): missing it is not a breach. */
  readonly obligation: boolean;
  readonly startedAt: Instant;
  /** `null` while the clock is paused with no end yet. */
  readonly dueAt: Instant | null;
  /** True when a holding response sent in time moved the due instant to the extended target. */
  readonly extended: boolean;
  readonly metAt: Instant | null;
  readonly metBy: MetBy['event'] | null;
  readonly status: ClockStatus;
}

/** Every clock of one complaint, with what it was judged under. */
export interface ComplaintClocks {
  readonly complaintId: string;
  readonly regime: Regime;
  readonly filedAt: Instant;
  readonly judgedAt: Instant;
  readonly policy: { readonly id: string; readonly version: string; readonly name: string } | null;
  readonly calendar: { readonly timeZone: string; readonly holidays: number } | null;
  /** The first holding response, shown even where no target counts it (FCA DISP's 8 weeks). */
  readonly holdingResponseAt: Instant | null;
  readonly clocks: ReadonlyArray<MilestoneClock>;
}

const durationWords = ({ unit, amount }: SlaDuration): string => {
  const words = `${amount} ${unit.replace('_', ' ')}`;
  return unit === 'calendar_days' && amount % 7 === 0 ? `${words} (${amount / 7} weeks)` : words;
};

/** Human words for a target, as an auditor would read them in the rules. */
export const describeTarget = (t: SlaTarget): string =>
  t.extendedWithHoldingResponse === undefined
    ? durationWords(t.within)
    : `${durationWords(t.within)}, ${t.extendedWithHoldingResponse.amount} with a holding response`;

/**
 * The pauses up to `metAt`: once a milestone is met its clock has stopped, so a later pause
 * must not move the due instant it was judged against.
 */
const pausesUntil = (pauses: readonly StatusPause[], metAt: Instant | null): readonly StatusPause[] => {
  if (metAt === null) return pauses;
  const end = toMillis(metAt);
  return pauses
    .filter((p) => toMillis(p.from) < end)
    .map((p) => (p.to === undefined || toMillis(p.to) > end ? { ...p, to: metAt } : p));
};

const due =
  (applied: AppliedPolicy, m: SlaMilestone, start: Instant, pauses: readonly StatusPause[]) =>
  (holdingResponseSent: boolean): Instant | null =>
    O.toNullable(milestoneDeadline(applied.policy, m, { startedAt: start, pauses, holdingResponseSent }));

/**
 * The due instant of one target. A holding response extends it only when sent by the
 * unextended deadline (DISP 1.6.2A: the holding reply must itself be in time).
 */
const dueOf = (
  applied: AppliedPolicy,
  target: SlaTarget,
  start: Instant,
  facts: MilestoneFacts,
  pauses: readonly StatusPause[],
) => {
  const at = due(applied, target.milestone, start, pauses);
  const plain = at(false);
  const holding = facts.holdingResponseAt;
  const inTime = holding !== null && (plain === null || toMillis(holding) <= toMillis(plain));
  return target.extendedWithHoldingResponse !== undefined && inTime
    ? { dueAt: at(true), extended: true }
    : { dueAt: plain, extended: false };
};

const statusOf = (
  obligation: boolean,
  dueAt: Instant | null,
  met: MetBy | null,
  now: Instant,
): ClockStatus => {
  const late = obligation ? 'breached' : 'lapsed';
  if (met !== null) return dueAt === null || toMillis(met.at) <= toMillis(dueAt) ? 'met' : late;
  if (dueAt === null) return 'paused';
  return toMillis(dueAt) < toMillis(now) ? late : 'open';
};

/**
 * Every deadline the complaint's policy sets, judged at `now`: due instants with the pauses the
 * policy counts and any holding-response extension, when each was met and its status. Pure:
 * `now` and the policy (chosen by `policyForFiled`: the version recorded at filing) are
 * arguments. `events` are the complaint stream's, in order; `applied` null gives no clocks.
 */
export const complaintClocks = (
  events: ReadonlyArray<ComplaintEvent>,
  applied: AppliedPolicy | null,
  now: Instant,
): ComplaintClocks | null => {
  const filed = events.find((e) => e.type === 'ComplaintFiled');
  if (filed === undefined || filed.type !== 'ComplaintFiled') return null;
  const { complaintId, regime, filedAt } = filed.data;
  const facts = milestonesMet(events);
  const base = { complaintId, regime, filedAt, judgedAt: now, holdingResponseAt: facts.holdingResponseAt };
  if (applied === null) return { ...base, policy: null, calendar: null, clocks: [] };
  const pauses = complaintPauses(events);
  const clocks = applied.policy.targets.map((target): MilestoneClock => {
    // The summary-resolution route is an option under DISP 1.5, not a deadline the firm owes.
    const obligation = target.milestone !== 'summary_resolution';
    const met = facts.met[target.milestone];
    const counted = pausesUntil(pauses, met?.at ?? null);
    const { dueAt, extended } = dueOf(applied, target, filedAt, facts, counted);
    return {
      milestone: target.milestone,
      target: describeTarget(target),
      obligation,
      startedAt: filedAt,
      dueAt,
      extended,
      metAt: met?.at ?? null,
      metBy: met?.event ?? null,
      status: statusOf(obligation, dueAt, met, now),
    };
  });
  const { id, name, calendar } = applied.policy;
  return {
    ...base,
    policy: { id, version: applied.version, name },
    calendar: { timeZone: calendar.timeZone, holidays: calendar.holidays.length },
    clocks,
  };
};
