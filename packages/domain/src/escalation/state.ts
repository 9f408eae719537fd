import type { ActorId, ComplaintId, EscalationId } from '../shared/ids';
import type { EscalationStatus } from '../shared/statuses';
import type { EscalationLevel } from './codecs';

export interface EscalationFacts {
  readonly escalationId: EscalationId;
  readonly complaintId: ComplaintId;
  readonly level: EscalationLevel;
  readonly assigneeId: ActorId | null;
  /** What raised it and its levels (`cause`): a cause acts once. */
  readonly causes: ReadonlyArray<string>;
}

/** `raised → acknowledged`, both `→ closed` (by closing or de-escalating). */
export type EscalationState =
  { readonly status: 'none' } | (EscalationFacts & { readonly status: EscalationStatus });

export const initialEscalationState: EscalationState = { status: 'none' };
