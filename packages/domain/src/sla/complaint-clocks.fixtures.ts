import { complaintEventPayloads } from '../complaint/events';
import { at, eventsOf } from '../testing';
import { officeHours } from './calendar';
import { complaintClocks, type ComplaintClocks } from './complaint-clocks';
import { policyForComplaint, type AppliedPolicy } from './policy-registry';

/** Shared test data for the clocks specs: one complaint, events by what they do. */
export const ev = eventsOf(complaintEventPayloads);
export const complaintId = 'c-1';
/** Monday 4 March 2024, 09:00 in London (GMT). */
export const FILED = '2024-03-04T09:00:00Z';
export const london = officeHours('Europe/London');

export const filed = (regime: 'FCA_DISP' | 'CFPB' | 'NONE') =>
  ev('ComplaintFiled', {
    complaintId,
    customerId: 'cust-1',
    channel: 'email',
    category: 'billing',
    description: 'Charged twice',
    amountPaid: { minor: 5000, currency: 'GBP' },
    priority: 'medium',
    regime,
    filedAt: FILED,
  });
export const holding = (sentAt: string) => ev('HoldingResponseSent', { complaintId, message: 'm', sentAt });
export const final = (sentAt: string) =>
  ev('FinalResponseSent', {
    complaintId,
    outcome: 'upheld',
    referralRightsStated: true,
    message: 'm',
    sentAt,
  });
export const resolved = (resolvedAt: string, summaryResolution = false) =>
  ev('ComplaintResolved', { complaintId, resolution: 'r', summaryResolution, resolvedAt });
export const asked = (requestedAt: string) =>
  ev('InformationRequested', { complaintId, requestId: 'q', question: '?', requestedAt });
export const replied = (repliedAt: string) =>
  ev('CustomerReplyRecorded', { complaintId, requestId: 'q', reply: '!', repliedAt });

export const fca = (regime: 'FCA_DISP' | 'CFPB' = 'FCA_DISP') => policyForComplaint(regime, at(FILED));
export const judge = (
  events: Parameters<typeof complaintClocks>[0],
  applied: AppliedPolicy | null,
  now: string,
) => complaintClocks(events, applied, at(now));
export const byMilestone = (c: ComplaintClocks | null) =>
  Object.fromEntries((c?.clocks ?? []).map((k) => [k.milestone, k]));
