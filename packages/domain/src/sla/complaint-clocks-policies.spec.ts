import { at } from '../testing';
import { fcaDispPaymentServicesPolicy } from './policies';
import type { SlaPolicy } from './policy';
import { SLA_POLICY_VERSIONS, policyForFiled } from './policy-registry';
import {
  FILED,
  asked,
  byMilestone,
  complaintId,
  ev,
  fca,
  filed,
  holding,
  judge,
  london,
  replied,
} from './complaint-clocks.fixtures';

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

  it('after a milestone is met do not move the due instant it was judged against', () => {
    const answered = holding('2024-03-04T12:00:00Z');
    const events = [filed('NONE'), answered, asked('2024-03-04T12:30:00Z'), replied('2024-03-05T12:00:00Z')];
    expect(judge(events, applied, '2024-03-06T00:00:00Z')?.clocks[1]).toMatchObject({
      dueAt: '2024-03-04T13:00:00.000Z',
      metAt: '2024-03-04T12:00:00Z',
      status: 'met',
    });
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

describe('the policy version recorded at filing', () => {
  // FCA_DISP@2 published later with a backdated effectiveFrom: without a record, it would win.
  const backdated = {
    ...SLA_POLICY_VERSIONS[0]!,
    id: 'FCA_DISP@2',
    effectiveFrom: at('2000-01-01T00:00:00Z'),
    build: fcaDispPaymentServicesPolicy,
  };
  const versions = [...SLA_POLICY_VERSIONS, backdated];
  const judged = (e: ReturnType<typeof filed>) =>
    judge([e], policyForFiled(e.data, undefined, versions), '2024-03-05T00:00:00Z');

  it('judges the complaint under the recorded version, not the one a backdated version would give', () => {
    const e = filed('FCA_DISP');
    const clocks = judged({ ...e, data: { ...e.data, slaPolicy: 'FCA_DISP@1' } });
    expect(clocks?.policy).toEqual({ id: 'FCA_DISP', version: 'FCA_DISP@1', name: expect.any(String) });
    expect(byMilestone(clocks).final_response?.dueAt).toBe('2024-04-29T09:00:00.000Z');
    expect(judged(e)?.policy?.version).toBe('FCA_DISP@2');
  });
});
