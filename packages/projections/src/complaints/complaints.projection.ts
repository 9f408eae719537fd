import type { StoredEvent } from '@casebook/event-store';
import { stringField } from '../read-models/decode';
import type { LinkLookup, Projection } from '../runner/projection';
import { complaintsTable, type ComplaintRow } from './complaint.entity';
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
  'SatisfactionRated',
  'RefundLinked',
  'EscalationLinked',
  'EscalationRaised',
  'EscalationLevelRaised',
  'SlaTargetBreached',
] as const;

/** `EscalationLevelRaised` names only its escalation: `EscalationRaised` links it to the complaint. */
const escalationLink = (event: StoredEvent): string | null => {
  const id = stringField(event, 'escalationId');
  return id === null ? null : `escalation:${id}`;
};

/** Every other payload names its complaint. */
const complaintIdOf = (event: StoredEvent, lookup: LinkLookup): string | null => {
  if (event.type !== 'EscalationLevelRaised') return stringField(event, 'complaintId');
  const link = escalationLink(event);
  return link === null ? null : lookup(link);
};

/** One row per complaint: `complaints`. */
export const complaintsProjection: Projection<ComplaintRow> = {
  name: 'complaints',
  eventTypes: complaintEventTypes,
  table: complaintsTable,
  keyOf: complaintIdOf,
  linkOf: (event) => {
    const from = event.type === 'EscalationRaised' ? escalationLink(event) : null;
    const to = stringField(event, 'complaintId');
    return from === null || to === null ? null : { from, to };
  },
  lookupOf: (event) => (event.type === 'EscalationLevelRaised' ? escalationLink(event) : null),
  evolve: (row, event) => evolveComplaintRow(row, event),
};
