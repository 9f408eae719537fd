import {
  cfpbPolicy,
  fcaDispPolicy,
  milestoneDeadline,
  officeHours,
  type Instant,
  type Regime,
  type SlaMilestone,
  type SlaPolicy,
} from '@casebook/domain';

/**
 * The policy each regime is measured against, on the office calendar of its regulator's
 * country. NONE sets no targets.
 */
export const regimePolicies: Readonly<Record<Regime, SlaPolicy | null>> = {
  FCA_DISP: fcaDispPolicy(officeHours('Europe/London')),
  CFPB: cfpbPolicy(officeHours('America/New_York')),
  NONE: null,
};

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
 * Due instants computed once, at filing. That is exact for the built-in policies: none of them
 * is paused by any status and FCA_DISP has no holding-response extension, so no later event can
 * move a deadline. A policy that pauses or extends would need recomputing on those events.
 */
export const dueInstants = (regime: Regime, filedAt: Instant): DueInstants => {
  const policy = regimePolicies[regime];
  return {
    firstResponseDueAt: due(policy, 'first_response', filedAt),
    finalResponseDueAt: due(policy, 'final_response', filedAt),
    resolutionDueAt: due(policy, 'resolution', filedAt),
    summaryResolutionDueAt: due(policy, 'summary_resolution', filedAt),
  };
};
