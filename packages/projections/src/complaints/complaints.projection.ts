import type { StoredEvent } from '@casebook/event-store';
import type { Projection } from '../runner/projection';
import { complaintsTable, type ComplaintRow } from './complaint-row';
import { evolveComplaintRow } from './evolve';

/** Only the events that change a column: the store filters the rest out before they reach us. */
export const complaintEventTypes = [
  'ComplaintFiled',
  'ComplaintAcknowledged',
  'ComplaintAssigned',
  'ComplaintTransferred',
  'InformationRequested',
  'CustomerReplyRecorded',
  'ComplaintPutOnHold',
  'ComplaintResumed',
  'HoldingResponseSent',
  'FinalResponseSent',
  'ComplaintResolved',
  'ComplaintReopened',
  'ComplaintClosed',
  'RefundLinked',
  'EscalationLinked',
  'EscalationRaised',
] as const;

/** Every one of these payloads names its complaint, escalation events included. */
const complaintIdOf = (event: StoredEvent): string | null => {
  const data = event.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const id = (data as { readonly complaintId?: unknown }).complaintId;
  return typeof id === 'string' ? id : null;
};

/** One row per complaint: `complaints`. */
export const complaintsProjection: Projection<ComplaintRow> = {
  name: 'complaints',
  eventTypes: complaintEventTypes,
  table: complaintsTable,
  keyOf: complaintIdOf,
  evolve: (row, event) => evolveComplaintRow(row, event),
};
