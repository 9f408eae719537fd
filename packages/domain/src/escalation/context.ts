import type { ComplaintId, EscalationId } from '../shared/ids';
import {
  escalationIsOpen,
  linkedEscalationStatus,
  type ComplaintStatus,
  type EscalationStatus,
  type Loaded,
} from '../shared/statuses';

/**
 * Context for `RaiseEscalation`: the complaint (null if its stream does not exist) and the id of
 * its open escalation, if any, found from the complaint's `EscalationLinked` events and those
 * escalations' streams.
 */
export interface EscalationContext {
  readonly complaint: {
    readonly complaintId: ComplaintId;
    readonly status: ComplaintStatus;
    readonly openEscalationId: EscalationId | null;
  } | null;
}

/** The part of a complaint's state raising an escalation reads. */
export type ComplaintForEscalation =
  | { readonly status: 'none' }
  | {
      readonly complaintId: ComplaintId;
      readonly status: ComplaintStatus;
      readonly escalationIds: ReadonlyArray<EscalationId>;
    };

/**
 * The context for raising an escalation on `complaint` (undefined when its stream does not
 * exist): an escalation is open until it is closed, and one that cannot be read counts as open.
 */
export const escalationContextFrom = (
  complaint: ComplaintForEscalation | undefined,
  escalations: ReadonlyMap<string, Loaded<EscalationStatus>>,
): EscalationContext => {
  if (complaint === undefined || complaint.status === 'none') return { complaint: null };
  const open = complaint.escalationIds.find((id) =>
    escalationIsOpen(linkedEscalationStatus(escalations.get(id))),
  );
  return {
    complaint: {
      complaintId: complaint.complaintId,
      status: complaint.status,
      openEscalationId: open ?? null,
    },
  };
};
