import type { Regime } from '../complaint/codecs';
import { toMillis, type Instant } from '../shared/instant';
import { officeHours, type BusinessCalendar } from './calendar';
import { cfpbPolicy, fcaDispPaymentServicesPolicy, fcaDispPolicy } from './policies';
import type { SlaPolicy } from './policy';

/**
 * One version of the policy a regime is judged under. A complaint is judged under the version
 * recorded on its `ComplaintFiled` (`slaPolicy`), which the decider takes as the latest version
 * whose `effectiveFrom` is at or before the filing instant, so a change of policy applies only to
 * complaints filed after it: publish a change as a new version, never edit or remove an old one.
 */
export interface PolicyVersion {
  /** `<policy id>@<n>`, e.g. `FCA_DISP@1`: what a clock says it was judged under. */
  readonly id: string;
  readonly regime: Regime;
  readonly effectiveFrom: Instant;
  /** The regulator's office calendar, used when the host configures none. */
  readonly defaultCalendar: BusinessCalendar;
  readonly build: (calendar: BusinessCalendar) => SlaPolicy;
  /** Chosen only by a configured rule (`SlaRule`), never as the regime's default. */
  readonly onlyByRule?: boolean;
}

/** The policy and version a complaint is judged under. */
export interface AppliedPolicy {
  readonly version: string;
  readonly policy: SlaPolicy;
}

const SINCE_EVER = '1970-01-01T00:00:00Z' as Instant;

/** The built-in versions. NONE has none: complaints outside a regime carry no regulatory clock. */
export const SLA_POLICY_VERSIONS: ReadonlyArray<PolicyVersion> = [
  {
    id: 'FCA_DISP@1',
    regime: 'FCA_DISP',
    effectiveFrom: SINCE_EVER,
    defaultCalendar: officeHours('Europe/London'),
    build: fcaDispPolicy,
  },
  {
    // Payment-services complaints under DISP 1.6.2A, for a rule that matches them (by category).
    id: 'FCA_DISP_PSD@1',
    regime: 'FCA_DISP',
    effectiveFrom: SINCE_EVER,
    defaultCalendar: officeHours('Europe/London'),
    build: fcaDispPaymentServicesPolicy,
    onlyByRule: true,
  },
  {
    id: 'CFPB@1',
    regime: 'CFPB',
    effectiveFrom: SINCE_EVER,
    defaultCalendar: officeHours('America/New_York'),
    build: cfpbPolicy,
  },
];

/**
 * The policy a complaint of `regime` filed at `filedAt` is judged under, on `calendar` when the
 * host configures one, else on the version's default; `null` when no version applies.
 */
export const policyForComplaint = (
  regime: Regime,
  filedAt: Instant,
  calendar?: BusinessCalendar,
  versions: ReadonlyArray<PolicyVersion> = SLA_POLICY_VERSIONS,
): AppliedPolicy | null => {
  const filed = toMillis(filedAt);
  const applicable = versions
    .filter((v) => v.regime === regime && !v.onlyByRule && toMillis(v.effectiveFrom) <= filed)
    .sort((a, b) => toMillis(b.effectiveFrom) - toMillis(a.effectiveFrom));
  const chosen = applicable[0];
  if (chosen === undefined) return null;
  return { version: chosen.id, policy: chosen.build(calendar ?? chosen.defaultCalendar) };
};

/**
 * The policy of a recorded version id (`FCA_DISP@1`), for readers that have the version on
 * record rather than a regime and a filing instant; `null` for an id no version has.
 */
export const policyByVersion = (
  version: string,
  calendar?: BusinessCalendar,
  versions: ReadonlyArray<PolicyVersion> = SLA_POLICY_VERSIONS,
): AppliedPolicy | null => {
  const found = versions.find((v) => v.id === version);
  return found === undefined ? null : { version, policy: found.build(calendar ?? found.defaultCalendar) };
};

/** What a filed complaint says about its policy: `slaPolicy` is absent on events stored before it was recorded. */
export interface FiledPolicyFacts {
  readonly complaintId: string;
  readonly regime: Regime;
  readonly filedAt: Instant;
  readonly slaPolicy?: string;
}

/**
 * The policy a filed complaint is judged under: the version recorded at filing; for an event
 * without one, the version effective at `filedAt` (what the decider would have recorded).
 * Throws when the recorded version is unknown to this build or belongs to another regime: a
 * version must never be removed, and falling back would silently re-judge the complaint.
 */
export const policyForFiled = (
  filed: FiledPolicyFacts,
  calendar?: BusinessCalendar,
  versions: ReadonlyArray<PolicyVersion> = SLA_POLICY_VERSIONS,
): AppliedPolicy | null => {
  const { slaPolicy, regime, filedAt } = filed;
  if (slaPolicy === undefined) return policyForComplaint(regime, filedAt, calendar, versions);
  const applied = policyByVersion(
    slaPolicy,
    calendar,
    versions.filter((v) => v.regime === regime),
  );
  if (applied === null) {
    throw new Error(
      `complaint ${filed.complaintId} records SLA policy ${slaPolicy}, which is no ${regime} version this build knows`,
    );
  }
  return applied;
};
