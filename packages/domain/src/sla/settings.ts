import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { Priority, Regime } from '../complaint/codecs';
import type { SlaChoice } from '../complaint/context';
import { EscalationLevel } from '../escalation/codecs';
import { Channel } from '../shared/channel';
import { commandPayload, refine } from '../shared/codec';
import { decodeWith, type FieldError } from '../shared/decode';
import { Instant, toMillis } from '../shared/instant';
import { Label } from '../shared/primitives';
import { BusinessCalendar, officeHours } from './calendar';
import { PausingStatus, SlaTarget } from './policy';
import {
  policyForComplaint,
  policyForFiled,
  SLA_POLICY_VERSIONS,
  type AppliedPolicy,
  type PolicyVersion,
} from './policy-registry';

/**
 * Which policy version a complaint is judged under, by regime and, optionally, priority, channel
 * and category; the first rule that matches wins. `escalationLevel` is the level a breach raises
 * a new escalation at (default 2, a supervisor).
 */
export const SlaRule = commandPayload(
  'SlaRule',
  { regime: Regime, policy: Label },
  {
    priorities: t.readonlyArray(Priority),
    channels: t.readonlyArray(Channel),
    categories: t.readonlyArray(Label),
    escalationLevel: EscalationLevel,
  },
);
export type SlaRule = t.TypeOf<typeof SlaRule>;

/**
 * One version of a regime's business calendar (its holidays change every year): complaints
 * record the version they were filed under, so publish a change as a new version from a date.
 */
export const CalendarVersion = commandPayload('CalendarVersion', {
  id: Label,
  regime: Regime,
  effectiveFrom: Instant,
  calendar: BusinessCalendar,
});
export type CalendarVersion = t.TypeOf<typeof CalendarVersion>;

/**
 * A policy of the host's own (ISO 10002 lets an organisation set its own targets), as a version
 * like the built-in ones: `id` is `<name>@<n>`; a change is a new version, never an edit.
 */
export const PolicyConfig = commandPayload(
  'PolicyConfig',
  {
    id: refine(
      Label,
      (s) => /^[A-Za-z0-9_]+@[0-9]+$/.test(s),
      'PolicyVersionId',
      'an id NAME@N such as ACME@1',
    ),
    regime: Regime,
    name: Label,
    targets: t.readonlyArray(SlaTarget),
    pausedBy: t.readonlyArray(PausingStatus),
  },
  { effectiveFrom: Instant, calendar: BusinessCalendar, onlyByRule: t.boolean },
);
export type PolicyConfig = t.TypeOf<typeof PolicyConfig>;

const Fraction = refine(t.number, (n) => n > 0 && n < 1, 'Fraction', 'a number between 0 and 1 (exclusive)');

/** The SLA configuration a host gives (CASEBOOK_SLA_CONFIG): all optional. */
export const SlaSettings = commandPayload(
  'SlaSettings',
  {},
  {
    policies: t.readonlyArray(PolicyConfig),
    rules: t.readonlyArray(SlaRule),
    calendars: t.readonlyArray(CalendarVersion),
    warnAt: Fraction,
  },
);
export type SlaSettings = t.TypeOf<typeof SlaSettings>;

export const DEFAULT_WARN_AT = 0.75;

const SINCE_EVER = '1970-01-01T00:00:00Z' as Instant;

/** The built-in policy versions and the host's own. */
export const policyVersionsOf = (settings: SlaSettings): ReadonlyArray<PolicyVersion> => [
  ...SLA_POLICY_VERSIONS,
  ...(settings.policies ?? []).map((p): PolicyVersion => ({
    id: p.id,
    regime: p.regime,
    effectiveFrom: p.effectiveFrom ?? SINCE_EVER,
    defaultCalendar: p.calendar ?? officeHours('Europe/London'),
    onlyByRule: p.onlyByRule,
    build: (calendar) => ({
      id: p.id.split('@')[0] ?? p.id,
      name: p.name,
      calendar,
      targets: p.targets,
      pausedBy: p.pausedBy,
    }),
  })),
];
export const DEFAULT_BREACH_ESCALATION_LEVEL: EscalationLevel = 2;

/**
 * Decodes SLA settings, and checks what a codec cannot: every rule names a policy version of its
 * regime, and calendar version ids are unique (a recorded id must always mean one calendar).
 */
export const slaSettingsFrom = (config: unknown): E.Either<ReadonlyArray<FieldError>, SlaSettings> => {
  const decoded = decodeWith(SlaSettings, config);
  if (decoded._tag === 'Left') return decoded;
  const s = decoded.right;
  const errors: FieldError[] = [];
  const versions = policyVersionsOf(s);
  versions.forEach((v, i) => {
    if (versions.findIndex((w) => w.id === v.id) !== i)
      errors.push({
        path: `policies.${i - SLA_POLICY_VERSIONS.length}.id`,
        reason: `policy version ${v.id} exists already`,
      });
  });
  (s.rules ?? []).forEach((r, i) => {
    const v = versions.find((p) => p.id === r.policy);
    if (v === undefined || v.regime !== r.regime)
      errors.push({
        path: `rules.${i}.policy`,
        reason: `expected a ${r.regime} policy version (${versions
          .filter((p) => p.regime === r.regime)
          .map((p) => p.id)
          .join(', ')})`,
      });
  });
  const ids = (s.calendars ?? []).map((c) => c.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      errors.push({ path: `calendars.${i}.id`, reason: `calendar version ${id} is listed twice` });
  });
  return errors.length > 0 ? E.left(errors) : E.right(s);
};

/** What filing knows that rules can match on. */
export interface FilingFacts {
  readonly regime: Regime;
  readonly priority: Priority;
  readonly channel: Channel;
  readonly category: string;
  readonly filedAt: Instant;
}

const matches = (r: SlaRule, f: FilingFacts): boolean =>
  r.regime === f.regime &&
  (r.priorities === undefined || r.priorities.includes(f.priority)) &&
  (r.channels === undefined || r.channels.includes(f.channel)) &&
  (r.categories === undefined || r.categories.includes(f.category));

/** The rule that applies to a complaint, if any. */
export const ruleFor = (settings: SlaSettings, f: FilingFacts): SlaRule | undefined =>
  (settings.rules ?? []).find((r) => matches(r, f));

/** The regime's calendar version in force at `at`: the latest whose `effectiveFrom` is not after it. */
export const calendarVersionAt = (
  settings: SlaSettings,
  regime: Regime,
  at: Instant,
): CalendarVersion | undefined =>
  (settings.calendars ?? [])
    .filter((c) => c.regime === regime && toMillis(c.effectiveFrom) <= toMillis(at))
    .sort((a, b) => toMillis(b.effectiveFrom) - toMillis(a.effectiveFrom))[0];

/**
 * What `FileComplaint` records: the first matching rule's policy version (else the regime's
 * built-in version effective at filing) and the calendar version in force; `null` when no
 * policy applies (regime NONE).
 */
export const chooseSla = (settings: SlaSettings, f: FilingFacts): SlaChoice | null => {
  const policy =
    ruleFor(settings, f)?.policy ??
    policyForComplaint(f.regime, f.filedAt, undefined, policyVersionsOf(settings))?.version;
  if (policy === undefined) return null;
  const calendar = calendarVersionAt(settings, f.regime, f.filedAt)?.id;
  return calendar === undefined ? { policy } : { policy, calendar };
};

/** What a filed complaint recorded about its clocks. */
export interface RecordedSla {
  readonly complaintId: string;
  readonly regime: Regime;
  readonly filedAt: Instant;
  readonly slaPolicy?: string;
  readonly slaCalendar?: string;
}

/**
 * The policy a filed complaint is judged under, on the calendar version it recorded (else the
 * host's `fallback` calendar, else the policy's default). Throws when a recorded calendar version
 * is missing from the settings: versions are never removed, and guessing would re-judge it.
 */
export const appliedPolicyOf = (
  settings: SlaSettings,
  filed: RecordedSla,
  fallback?: BusinessCalendar,
): AppliedPolicy | null => {
  const recorded = filed.slaCalendar;
  const version =
    recorded === undefined ? undefined : (settings.calendars ?? []).find((c) => c.id === recorded);
  if (recorded !== undefined && version === undefined)
    throw new Error(
      `complaint ${filed.complaintId} records calendar ${recorded}, which the SLA settings no longer list`,
    );
  return policyForFiled(filed, version?.calendar ?? fallback, policyVersionsOf(settings));
};
