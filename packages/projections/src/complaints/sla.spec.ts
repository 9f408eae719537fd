import { SLA_POLICY_VERSIONS, type Instant } from '@casebook/domain';
import type { EventToAppend } from '@casebook/event-store';
import { foldAll } from '../runner/apply-page';
import { asStored, complaintFiled, toAppend } from '../testing';
import type { ComplaintRow } from './complaint.entity';
import { complaintsProjection } from './complaints.projection';
import { dueInstants } from './sla';

const C = 'c-1';
const complaint = (events: EventToAppend[]): ComplaintRow | undefined =>
  foldAll(complaintsProjection, asStored(events)).get(C);
const dues = (row: ComplaintRow | undefined) => ({
  firstResponseDueAt: row?.firstResponseDueAt,
  finalResponseDueAt: row?.finalResponseDueAt,
  resolutionDueAt: row?.resolutionDueAt,
  summaryResolutionDueAt: row?.summaryResolutionDueAt,
});

describe('complaints read model: due instants', () => {
  it('computes CFPB dues (15 and 60 calendar days) and none for regime NONE', () => {
    expect(dues(complaint([complaintFiled(C, 'u', { regime: 'CFPB' })]))).toEqual({
      firstResponseDueAt: '2024-03-16T09:00:00.000Z',
      finalResponseDueAt: null,
      resolutionDueAt: '2024-04-30T09:00:00.000Z',
      summaryResolutionDueAt: null,
    });
    expect(dues(complaint([complaintFiled(C, 'u', { regime: 'NONE' })]))).toEqual({
      firstResponseDueAt: null,
      finalResponseDueAt: null,
      resolutionDueAt: null,
      summaryResolutionDueAt: null,
    });
  });

  it('computes business days under the London calendar across a weekend and a DST change', () => {
    // Filed Thursday 28 March 2024 (GMT); British Summer Time starts on Sunday 31 March.
    const due = dueInstants({
      complaintId: C,
      regime: 'FCA_DISP',
      filedAt: '2024-03-28T16:00:00Z' as Instant,
    });
    // Business days Fri 29 March, Mon 1 and Tue 2 April (the office calendar has no bank
    // holidays, so Good Friday and Easter Monday count); 17:00 BST = 16:00Z.
    expect(due.summaryResolutionDueAt).toBe('2024-04-02T16:00:00.000Z');
    expect(due.finalResponseDueAt).toBe('2024-05-23T16:00:00.000Z');
  });

  it('computes dues under the recorded policy version, and the same for an event stored without one', () => {
    const recorded = dues(complaint([complaintFiled(C, 'u', { slaPolicy: 'FCA_DISP@1' })]));
    expect(recorded.finalResponseDueAt).toBe('2024-04-26T09:00:00.000Z');
    expect(dues(complaint([complaintFiled(C, 'u')]))).toEqual(recorded);
  });

  it('refuses to compute dues under a recorded version this build does not know', () => {
    const filed = { complaintId: C, regime: 'FCA_DISP' as const, filedAt: '2024-03-01T09:00:00Z' as Instant };
    expect(() => dueInstants({ ...filed, slaPolicy: 'FCA_DISP@9' })).toThrow(/records SLA policy FCA_DISP@9/);
  });

  it('keeps the dues fixed at filing: holds, information requests and holding responses move none', () => {
    const atFiling = dues(complaint([complaintFiled(C, 'u')]));
    const later = complaint([
      complaintFiled(C, 'u'),
      toAppend('ComplaintPutOnHold', { complaintId: C, reason: 'wait', heldAt: '2024-03-01T10:00:00Z' }),
      toAppend('ComplaintResumed', { complaintId: C, resumedAt: '2024-03-20T10:00:00Z' }),
      toAppend('InformationRequested', {
        complaintId: C,
        requestId: 'q-1',
        question: '?',
        requestedAt: '2024-03-21T10:00:00Z',
      }),
      toAppend('HoldingResponseSent', {
        complaintId: C,
        message: 'more time',
        sentAt: '2024-03-21T11:00:00Z',
      }),
    ]);
    expect(later?.status).toBe('awaiting_customer');
    expect(dues(later)).toEqual(atFiling);
  });

  it('relies on the built-in policies neither pausing nor extending, so dues never move after filing', () => {
    for (const version of SLA_POLICY_VERSIONS) {
      const policy = version.build(version.defaultCalendar);
      expect(policy.pausedBy).toEqual([]);
      expect(policy.targets.filter((t) => t.extendedWithHoldingResponse !== undefined)).toEqual([]);
    }
  });
});
