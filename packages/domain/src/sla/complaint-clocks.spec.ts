import { complaintEventPayloads } from '../complaint/events';
import { at, eventsOf } from '../testing';
import { officeHours } from './calendar';
import { complaintClocks, type ComplaintClocks } from './complaint-clocks';
import { fcaDispPaymentServicesPolicy } from './policies';
import { policyForComplaint, type AppliedPolicy } from './policy-registry';
import type { SlaPolicy } from './policy';

const ev = eventsOf(complaintEventPayloads);
const complaintId = 'c-1';
/** Monday 4 March 2024, 09:00 in London (GMT). */
const FILED = '2024-03-04T09:00:00Z';
const london = officeHours('Europe/London');

const filed = (regime: 'FCA_DISP' | 'CFPB' | 'NONE') =>
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
const holding = (sentAt: string) => ev('HoldingResponseSent', { complaintId, message: 'm', sentAt });
const final = (sentAt: string) =>
  ev('FinalResponseSent', {
    complaintId,
    outcome: 'upheld',
    referralRightsStated: true,
    message: 'm',
    sentAt,
  });
const resolved = (resolvedAt: string, summaryResolution = false) =>
  ev('ComplaintResolved', { complaintId, resolution: 'r', summaryResolution, resolvedAt });
const asked = (requestedAt: string) =>
  ev('InformationRequested', { complaintId, requestId: 'q', question: '?', requestedAt });
const replied = (repliedAt: string) =>
  ev('CustomerReplyRecorded', { complaintId, requestId: 'q', reply: '!', repliedAt });

const fca = (regime: 'FCA_DISP' | 'CFPB' = 'FCA_DISP') => policyForComplaint(regime, at(FILED));
const judge = (events: Parameters<typeof complaintClocks>[0], applied: AppliedPolicy | null, now: string) =>
  complaintClocks(events, applied, at(now));
const byMilestone = (c: ComplaintClocks | null) =>
  Object.fromEntries((c?.clocks ?? []).map((k) => [k.milestone, k]));

describe('complaintClocks under FCA DISP', () => {
  it('says which policy version and calendar judged it, and meets the summary-resolution route', () => {
    const c = judge(
      [filed('FCA_DISP'), resolved('2024-03-06T12:00:00Z', true)],
      fca(),
      '2024-03-10T00:00:00Z',
    );
    expect(c?.policy).toEqual({ id: 'FCA_DISP', version: 'FCA_DISP@1', name: 'FCA DISP (8 weeks)' });
    expect(c?.calendar).toEqual({ timeZone: 'Europe/London', holidays: 0 });
    expect(c?.clocks).toEqual([
      expect.objectContaining({
        milestone: 'summary_resolution',
        target: '3 business days',
        obligation: false,
        dueAt: '2024-03-07T17:00:00.000Z',
        metAt: '2024-03-06T12:00:00Z',
        metBy: 'ComplaintResolved',
        status: 'met',
      }),
      expect.objectContaining({
        milestone: 'final_response',
        target: '56 calendar days (8 weeks)',
        dueAt: '2024-04-29T09:00:00.000Z',
        metAt: null,
        status: 'open',
      }),
    ]);
  });

  it('is open up to the due instant and breached after it; the unused summary route only lapses', () => {
    const events = [filed('FCA_DISP')];
    expect(byMilestone(judge(events, fca(), '2024-04-29T09:00:00Z')).final_response?.status).toBe('open');
    const late = byMilestone(judge(events, fca(), '2024-04-29T09:00:01Z'));
    expect(late.final_response?.status).toBe('breached');
    expect(late.summary_resolution?.status).toBe('lapsed');
  });

  it('a final response after the due instant is a breach, met late', () => {
    const c = byMilestone(
      judge([filed('FCA_DISP'), final('2024-05-01T10:00:00Z')], fca(), '2024-06-01T00:00:00Z'),
    );
    expect(c.final_response).toMatchObject({ metAt: '2024-05-01T10:00:00Z', status: 'breached' });
  });

  it('a reopen makes the final response owed again', () => {
    const events = [
      filed('FCA_DISP'),
      final('2024-03-05T11:00:00Z'),
      resolved('2024-03-05T12:00:00Z'),
      ev('ComplaintReopened', { complaintId, reason: 'r', reopenedAt: '2024-03-10T09:00:00Z' }),
    ];
    expect(byMilestone(judge(events, fca(), '2024-03-11T00:00:00Z')).final_response?.status).toBe('open');
    expect(byMilestone(judge(events, fca(), '2024-05-01T00:00:00Z')).final_response).toMatchObject({
      metAt: null,
      status: 'breached',
    });
  });
});

describe('the payment-services holding-response extension, across the spring-forward', () => {
  const psd: AppliedPolicy = { version: 'FCA_DISP_PSD@1', policy: fcaDispPaymentServicesPolicy(london) };

  it('moves the due instant to 35 business days, ending 17:00 BST = 16:00 UTC', () => {
    const c = byMilestone(
      judge([filed('FCA_DISP'), holding('2024-03-20T10:00:00Z')], psd, '2024-04-10T00:00:00Z'),
    );
    expect(c.final_response).toMatchObject({
      target: '15 business days, 35 with a holding response',
      dueAt: '2024-04-22T16:00:00.000Z',
      extended: true,
      status: 'open',
    });
  });

  it('does not extend when the holding response itself came after the 15 days', () => {
    const c = byMilestone(
      judge([filed('FCA_DISP'), holding('2024-03-26T10:00:00Z')], psd, '2024-04-10T00:00:00Z'),
    );
    expect(c.final_response).toMatchObject({
      dueAt: '2024-03-25T17:00:00.000Z',
      extended: false,
      status: 'breached',
    });
  });
});

describe('pauses', () => {
  const gold: SlaPolicy = {
    id: 'GOLD',
    name: 'Gold customers',
    calendar: london,
    targets: [
      { milestone: 'acknowledgement', within: { unit: 'business_hours', amount: 1 } },
      { milestone: 'first_response', within: { unit: 'business_hours', amount: 4 } },
    ],
    pausedBy: ['awaiting_customer'],
  };
  const applied = { version: 'GOLD@3', policy: gold };

  it('stop the clock while the policy counts them', () => {
    const acknowledged = ev('ComplaintAcknowledged', { complaintId, acknowledgedAt: '2024-03-04T09:30:00Z' });
    const events = [
      filed('NONE'),
      acknowledged,
      asked('2024-03-04T10:00:00Z'),
      replied('2024-03-04T11:00:00Z'),
    ];
    expect(judge(events, applied, '2024-03-04T13:30:00Z')?.clocks).toEqual([
      expect.objectContaining({
        milestone: 'acknowledgement',
        metBy: 'ComplaintAcknowledged',
        status: 'met',
      }),
      expect.objectContaining({ dueAt: '2024-03-04T14:00:00.000Z', status: 'open' }),
    ]);
  });

  it('leave an unmet clock paused, with no due instant, until the customer replies', () => {
    const c = judge([filed('NONE'), asked('2024-03-04T10:00:00Z')], applied, '2024-03-20T00:00:00Z');
    expect(c?.clocks[0]).toMatchObject({
      milestone: 'acknowledgement',
      dueAt: '2024-03-04T10:00:00.000Z',
      status: 'breached',
    });
    expect(c?.clocks[1]).toMatchObject({ dueAt: null, status: 'paused' });
  });

  it('do not matter to a policy that does not name them (the FCA clock runs on)', () => {
    const c = byMilestone(
      judge([filed('FCA_DISP'), asked('2024-03-05T10:00:00Z')], fca(), '2024-03-10T00:00:00Z'),
    );
    expect(c.final_response).toMatchObject({ dueAt: '2024-04-29T09:00:00.000Z', status: 'open' });
  });
});

describe('CFPB', () => {
  it('a response within 15 calendar days (a holding response counts) and closure within 60', () => {
    const c = judge([filed('CFPB'), holding('2024-03-10T15:00:00Z')], fca('CFPB'), '2024-04-01T00:00:00Z');
    expect(c?.holdingResponseAt).toBe('2024-03-10T15:00:00Z');
    expect(c?.policy?.version).toBe('CFPB@1');
    expect(c?.calendar?.timeZone).toBe('America/New_York');
    expect(c?.clocks).toEqual([
      expect.objectContaining({
        milestone: 'first_response',
        target: '15 calendar days',
        dueAt: '2024-03-19T09:00:00.000Z',
        metBy: 'HoldingResponseSent',
        status: 'met',
      }),
      expect.objectContaining({ milestone: 'resolution', dueAt: '2024-05-03T09:00:00.000Z', status: 'open' }),
    ]);
  });
});

describe('complaintClocks without a policy or a filing', () => {
  it('has no clocks under NONE, and no answer for a stream with no ComplaintFiled', () => {
    expect(judge([filed('NONE')], null, FILED)).toMatchObject({ policy: null, clocks: [] });
    expect(judge([], fca(), FILED)).toBeNull();
  });
});
