import { fcaDispPaymentServicesPolicy } from './policies';
import type { AppliedPolicy } from './policy-registry';
import {
  byMilestone,
  complaintId,
  ev,
  fca,
  filed,
  final,
  holding,
  judge,
  london,
  resolved,
} from './complaint-clocks.fixtures';

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
