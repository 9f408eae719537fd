import type { ComplaintId, EscalationId } from '../shared/ids';
import type { ComplaintStatus } from '../shared/statuses';

/**
 * Context for `RaiseEscalation`: the complaint (null if its stream does not exist) and the id of
 * its open escalation, if any. The runner finds it from the complaint's `EscalationLinked` events
 * and those escalations' streams.
 */
export interface EscalationContext {
  readonly complaint: {
    readonly complaintId: ComplaintId;
    readonly status: ComplaintStatus;
    readonly openEscalationId: EscalationId | null;
  } | null;
}

export const escalationCommandsNeedingContext = ['RaiseEscalation'] as const;
