import { officeHours } from '../sla/calendar';
import { commandsOf, eventsOf, meta } from '../testing';
import type { ActorKind } from '../shared/actor';
import { complaintCommandPayloads } from './commands';
import type { ComplaintContext } from './context';
import { complaintEventPayloads } from './events';

/** Shared test data for the complaint specs. */
export const ev = eventsOf(complaintEventPayloads);
const build = commandsOf(complaintCommandPayloads);
export const now = '2024-03-06T10:00:00Z';
export const complaintId = 'c-1';
export const gbp = (minor: number) => ({ minor, currency: 'GBP' });
export const london = officeHours('Europe/London');

/** A complaint command at `now` by agent-1 unless told otherwise. */
export const cmd = <K extends keyof typeof complaintCommandPayloads>(
  type: K,
  data: Parameters<typeof build<K>>[1],
  kind: ActorKind = 'agent',
  id = 'agent-1',
  at = now,
) => build(type, data, meta(at, kind, id));

export const filedData = {
  complaintId,
  customerId: 'cust-1',
  channel: 'phone',
  category: 'delivery',
  description: 'Parcel arrived broken',
  amountPaid: gbp(5000),
  priority: 'medium',
} as const;

/** Filed on Monday 2024-03-04 09:00 London (= UTC in winter). */
export const filed = (regime: 'FCA_DISP' | 'CFPB' | 'NONE' = 'FCA_DISP') =>
  ev('ComplaintFiled', { ...filedData, regime, filedAt: '2024-03-04T09:00:00Z' });

export const assigned = ev('ComplaintAssigned', {
  complaintId,
  ownerId: 'agent-1',
  team: 'frontline',
  assignedAt: '2024-03-04T09:05:00Z',
});

export const rootCause = ev('RootCauseRecorded', {
  complaintId,
  category: 'carrier',
  description: 'Courier dropped it',
  recordedAt: '2024-03-05T10:00:00Z',
});

export const finalResponse = ev('FinalResponseSent', {
  complaintId,
  outcome: 'upheld',
  referralRightsStated: true,
  message: 'We are sorry; a refund is on its way.',
  sentAt: '2024-03-05T11:00:00Z',
});

export const resolved = (resolvedAt = '2024-03-05T12:00:00Z', summaryResolution = false) =>
  ev('ComplaintResolved', { complaintId, resolution: 'Refunded in full', summaryResolution, resolvedAt });

export const refundLinked = ev('RefundLinked', {
  complaintId,
  refundId: 'r-1',
  amount: gbp(5000),
  reason: 'damaged_in_transit',
});

export const escalationLinked = ev('EscalationLinked', { complaintId, escalationId: 'e-1' });

/** A context in which nothing blocks a close. */
export const clearContext: ComplaintContext = { refunds: [], escalations: [], calendar: london };
