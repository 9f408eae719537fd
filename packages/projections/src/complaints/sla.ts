import {
  milestoneDeadline,
  policyForFiled,
  SLA_POLICY_VERSIONS,
  type FiledPolicyFacts,
  type Instant,
  type SlaMilestone,
  type SlaPolicy,
} from '@casebook/domain';

/** The due instants the complaints model stores. */
export interface DueInstants {
  readonly firstResponseDueAt: string | null;
  readonly finalResponseDueAt: string | null;
  readonly resolutionDueAt: string | null;
  readonly summaryResolutionDueAt: string | null;
}

const due = (policy: SlaPolicy | null, milestone: SlaMilestone, filedAt: Instant): string | null => {
  if (policy === null) return null;
  const deadline = milestoneDeadline(policy, milestone, {
    startedAt: filedAt,
    pauses: [],
    holdingResponseSent: false,
  });
  return deadline._tag === 'Some' ? deadline.value : null;
};

/** The policy names of the built-in versions (`FCA_DISP` of `FCA_DISP@1`). */
const BUILT_IN_NAMES = new Set(SLA_POLICY_VERSIONS.map((v) => v.id.split('@')[0]));

/**
 * A built-in version's policy. A host's own version (SLA settings, which workers do not read)
 * gives no due instants here: its clocks are read from the complaint's stream instead. A version
 * of a built-in policy this build does not know still throws (see `policyForFiled`).
 */
const builtIn = (filed: FiledPolicyFacts) =>
  filed.slaPolicy === undefined || BUILT_IN_NAMES.has(filed.slaPolicy.split('@')[0])
    ? policyForFiled(filed)
    : null;

/** For an event stored before `slaPolicy` was recorded: the version it is judged under. */
export const recordedOrEffective = (filed: FiledPolicyFacts): string | null =>
  filed.slaPolicy ?? policyForFiled(filed)?.version ?? null;

/**
 * The final response's due instant once a holding response is sent: the extended target when
 * the policy has one and the holding response is in time (by the unextended due instant, DISP
 * 1.6.2A), else unchanged. Only the first holding response counts.
 */
export const extendedFinalResponse = (
  row: {
    readonly regime: string;
    readonly filedAt: string;
    readonly slaPolicy: string | null;
    readonly firstResponseAt: string | null;
    readonly finalResponseDueAt: string | null;
    readonly complaintId: string;
  },
  sentAt: string,
): { finalResponseDueAt?: string | null } => {
  if (row.slaPolicy === null || row.finalResponseDueAt === null || row.firstResponseAt !== null) return {};
  if (Date.parse(sentAt) > Date.parse(row.finalResponseDueAt)) return {};
  const filed = {
    complaintId: row.complaintId,
    regime: row.regime as FiledPolicyFacts['regime'],
    filedAt: row.filedAt as Instant,
    slaPolicy: row.slaPolicy,
  };
  const policy = builtIn(filed)?.policy;
  if (
    policy?.targets.find((t) => t.milestone === 'final_response')?.extendedWithHoldingResponse === undefined
  )
    return {};
  const extended = milestoneDeadline(policy, 'final_response', {
    startedAt: filed.filedAt,
    pauses: [],
    holdingResponseSent: true,
  });
  return extended._tag === 'Some' ? { finalResponseDueAt: extended.value } : {};
};

/**
 * Due instants computed at filing, under the policy version the complaint recorded (or, for
 * events stored without one, the version effective at filing), on its default calendar (London
 * for FCA DISP, New York for CFPB). No built-in version pauses, so only a holding response can
 * move one (`extendedFinalResponse`). A calendar version recorded by the SLA settings is not
 * seen here (workers do not read the settings): the clocks endpoint judges on it.
 */
export const dueInstants = (filed: FiledPolicyFacts): DueInstants => {
  // The same rule the audit clocks use, so the model and `GET /complaints/{id}/clocks` agree. An
  // unknown recorded version throws and stops the projection rather than store wrong due dates.
  const { filedAt } = filed;
  const policy = builtIn(filed)?.policy ?? null;
  return {
    firstResponseDueAt: due(policy, 'first_response', filedAt),
    finalResponseDueAt: due(policy, 'final_response', filedAt),
    resolutionDueAt: due(policy, 'resolution', filedAt),
    summaryResolutionDueAt: due(policy, 'summary_resolution', filedAt),
  };
};
