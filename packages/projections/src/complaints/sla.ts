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

/**
 * A built-in version's policy. A host's own version (SLA settings, which workers do not read)
 * gives no due instants here: its clocks are read from the complaint's stream instead.
 */
const builtIn = (filed: FiledPolicyFacts) =>
  filed.slaPolicy === undefined || SLA_POLICY_VERSIONS.some((v) => v.id === filed.slaPolicy)
    ? policyForFiled(filed)
    : null;

/**
 * Due instants computed once, at filing, under the policy version the complaint recorded (or,
 * for events stored without one, the version effective at filing), on its default calendar (London for FCA
 * DISP, New York for CFPB). That is exact for the built-in policy versions: none of them
 * is paused by any status and FCA_DISP has no holding-response extension, so no later event can
 * move a deadline. A policy that pauses or extends would need recomputing on those events.
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
