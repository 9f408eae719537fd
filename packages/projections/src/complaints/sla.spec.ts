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

  it('relies on the built-in policies never pausing, so only a holding response can move a due instant', () => {
    for (const version of SLA_POLICY_VERSIONS) {
      expect(version.build(version.defaultCalendar).pausedBy).toEqual([]);
    }
  });

  it('moves a payment complaint’s final response to 35 business days on a holding response in time, once', () => {
    // Filed Friday 1 March 2024 09:00 London: 15 business days end Friday 22 March, 35 end 19 April.
    const psd = complaintFiled(C, 'u', { slaPolicy: 'FCA_DISP_PSD@1' });
    const holding = (sentAt: string) =>
      toAppend('HoldingResponseSent', { complaintId: C, message: 'more time', sentAt });
    expect(complaint([psd])?.finalResponseDueAt).toBe('2024-03-22T17:00:00.000Z');
    expect(complaint([psd, holding('2024-03-20T10:00:00Z')])?.finalResponseDueAt).toBe(
      '2024-04-19T16:00:00.000Z',
    );
    // Late: the extension needs the holding response by the unextended deadline.
    expect(complaint([psd, holding('2024-03-25T10:00:00Z')])?.finalResponseDueAt).toBe(
      '2024-03-22T17:00:00.000Z',
    );
    // A second holding response moves nothing again.
    expect(
      complaint([psd, holding('2024-03-20T10:00:00Z'), holding('2024-04-18T10:00:00Z')])?.finalResponseDueAt,
    ).toBe('2024-04-19T16:00:00.000Z');
  });

  it('counts the breaches the SLA process recorded and keeps the first instant', () => {
    const breach = (milestone: string, breachedAt: string) =>
      toAppend('SlaTargetBreached', { complaintId: C, milestone, dueAt: '2024-03-06T17:00:00Z', breachedAt });
    const row = complaint([
      complaintFiled(C, 'u', { slaPolicy: 'FCA_DISP@1' }),
      breach('summary_resolution', '2024-03-06T17:00:01Z'),
      breach('final_response', '2024-04-26T09:00:01Z'),
    ]);
    expect(row).toMatchObject({
      slaPolicy: 'FCA_DISP@1',
      slaBreachCount: 2,
      firstBreachedAt: '2024-03-06T17:00:01Z',
    });
  });

  it('gives no due instants under a host’s own policy version: the clocks endpoint judges those', () => {
    expect(
      dues(complaint([complaintFiled(C, 'u', { regime: 'NONE', slaPolicy: 'SERVICE_DESK@1' })])),
    ).toEqual({
      firstResponseDueAt: null,
      finalResponseDueAt: null,
      resolutionDueAt: null,
      summaryResolutionDueAt: null,
    });
  });
});
