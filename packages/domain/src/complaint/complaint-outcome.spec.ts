import { fold } from '../shared/decider';
import { specFor } from '../testing';
import {
  assigned,
  clearContext,
  cmd,
  complaintId,
  escalationLinked,
  ev,
  filed,
  finalResponse,
  gbp,
  now,
  refundLinked,
  resolved,
  rootCause,
} from './complaint.fixtures';
import type { ComplaintContext } from './context';
import { complaintDecider } from './index';

const { given } = specFor(complaintDecider);
const close = (at = now) => cmd('CloseComplaint', { complaintId }, 'agent', 'agent-1', at);
const closed = (closure: 'final_response' | 'summary_resolution' = 'final_response', closedAt = now) =>
  ev('ComplaintClosed', { complaintId, closure, closedAt });
const ready = [filed(), assigned, rootCause, finalResponse, resolved()];

describe('complaint: final response and resolution', () => {
  const response = {
    complaintId,
    outcome: 'partially_upheld',
    referralRightsStated: true,
    message: 'Partly our fault',
    redressOffered: gbp(1000),
  } as const;

  it('sends one final response', () => {
    given([filed()])
      .when(cmd('SendFinalResponse', response))
      .then([ev('FinalResponseSent', { ...response, sentAt: now })]);
    given([filed(), finalResponse])
      .when(cmd('SendFinalResponse', response))
      .thenFails('FinalResponseAlreadySent');
  });

  it('requires referral rights in a regulated final response, not in an unregulated one', () => {
    const silent = { ...response, referralRightsStated: false };
    given([filed('CFPB')])
      .when(cmd('SendFinalResponse', silent))
      .thenFails('ReferralRightsRequired');
    given([filed('NONE')])
      .when(cmd('SendFinalResponse', silent))
      .then([ev('FinalResponseSent', { ...silent, sentAt: now })]);
  });

  it('resolves an open complaint; resolving again is refused as a no-op', () => {
    given([filed()])
      .when(cmd('ResolveComplaint', { complaintId, resolution: 'Refunded in full' }))
      .then([resolved(now)]);
    given([filed(), resolved()])
      .when(cmd('ResolveComplaint', { complaintId, resolution: 'Again' }))
      .thenFails('NothingChanged');
  });

  it('reopens a resolved complaint, which then needs a new final response to close', () => {
    given([filed(), resolved()])
      .when(cmd('ReopenComplaint', { complaintId, reason: 'Customer disputes' }))
      .then([ev('ComplaintReopened', { complaintId, reason: 'Customer disputes', reopenedAt: now })]);
    given([filed()])
      .when(cmd('ReopenComplaint', { complaintId, reason: 'x' }))
      .thenFails('NothingChanged');
    const reopened = ev('ComplaintReopened', { complaintId, reason: 'x', reopenedAt: now });
    given([...ready, reopened, resolved()])
      .when(close(), clearContext)
      .thenFails('FinalResponseRequired');
  });
});

describe('complaint: closing', () => {
  it('closes with a resolution, a root cause and a final response', () => {
    given(ready).when(close(), clearContext).then([closed()]);
  });

  it('refuses to close before the complaint is resolved', () => {
    given([filed(), rootCause, finalResponse]).when(close(), clearContext).thenFails('InvalidTransition');
  });

  it('refuses to close without a root cause', () => {
    given([filed(), finalResponse, resolved()]).when(close(), clearContext).thenFails('RootCauseRequired');
  });

  it('refuses to close without a final response', () => {
    given([filed(), rootCause, resolved()]).when(close(), clearContext).thenFails('FinalResponseRequired');
  });

  it('closes an FCA complaint resolved by the third business day with a summary resolution', () => {
    // Filed Monday 4 March; the third business day after is Thursday 7 March, 17:00 London.
    given([filed('FCA_DISP'), rootCause, resolved('2024-03-07T16:59:00Z', true)])
      .when(close(), clearContext)
      .then([closed('summary_resolution')]);
  });

  it('refuses a summary resolution after the third business day, or outside FCA DISP', () => {
    given([filed('FCA_DISP'), rootCause, resolved('2024-03-07T17:01:00Z', true)])
      .when(close(), clearContext)
      .thenFails('FinalResponseRequired');
    given([filed('CFPB'), rootCause, resolved('2024-03-05T12:00:00Z', true)])
      .when(close(), clearContext)
      .thenFails('FinalResponseRequired');
  });

  it('refuses to close without the cross-stream context', () => {
    given(ready).when(close()).thenFails('ContextRequired');
  });

  it('refuses to close while a linked refund is requested, approved or issued', () => {
    for (const status of ['requested', 'approved', 'issued'] as const) {
      const ctx = {
        ...clearContext,
        refunds: [{ refundId: refundLinked.data.refundId, status, amount: gbp(5000) }],
      };
      given([...ready, refundLinked])
        .when(close(), ctx)
        .thenFails('RefundInFlight');
    }
  });

  it('closes once every linked refund has settled, failed or been rejected', () => {
    for (const status of ['settled', 'failed', 'rejected'] as const) {
      const ctx = {
        ...clearContext,
        refunds: [{ refundId: refundLinked.data.refundId, status, amount: gbp(5000) }],
      };
      given([...ready, refundLinked])
        .when(close(), ctx)
        .then([closed()]);
    }
  });

  it('refuses to close while a linked escalation is open, and closes once it is closed', () => {
    const ctx = (status: 'raised' | 'closed'): ComplaintContext => ({
      ...clearContext,
      escalations: [{ escalationId: escalationLinked.data.escalationId, status }],
    });
    given([...ready, escalationLinked])
      .when(close(), ctx('raised'))
      .thenFails('EscalationOpen');
    given([...ready, escalationLinked])
      .when(close(), ctx('closed'))
      .then([closed()]);
  });

  it('refuses a context that leaves out a linked stream', () => {
    given([...ready, escalationLinked])
      .when(close(), clearContext)
      .thenFails('ContextIncomplete');
  });
});

describe('complaint: closed is terminal', () => {
  it('remembers when it closed', () => {
    const { evolve, initialState } = complaintDecider;
    expect(fold(evolve, initialState, ready)).toMatchObject({ closedAt: null });
    expect(
      fold(evolve, initialState, [...ready, closed('final_response', '2024-03-07T12:00:00Z')]),
    ).toMatchObject({
      status: 'closed',
      closedAt: '2024-03-07T12:00:00Z',
    });
  });

  it('refuses every change to a closed complaint', () => {
    given([...ready, closed()])
      .when(cmd('ReopenComplaint', { complaintId, reason: 'Again' }))
      .thenFails('ComplaintClosed');
    given([...ready, closed()])
      .when(close(), clearContext)
      .thenFails('ComplaintClosed');
  });

  it('accepts a new complaint linked to the closed one', () => {
    const next = { ...filed().data, complaintId: 'c-2', relatedComplaintId: complaintId };
    const { filedAt: _ignored, ...data } = next;
    given([])
      .when(cmd('FileComplaint', data))
      .then([ev('ComplaintFiled', { ...data, filedAt: now, slaPolicy: 'FCA_DISP@1' })]);
  });

  it('still records the satisfaction rating after the close, once', () => {
    const rating = ev('SatisfactionRated', {
      complaintId,
      rating: 'bad',
      reason: 'Took too long',
      ratedAt: now,
    });
    given([...ready, closed()])
      .when(
        cmd(
          'RecordSatisfaction',
          { complaintId, rating: 'bad', reason: 'Took too long' },
          'customer',
          'cust-1',
        ),
      )
      .then([rating]);
    given([...ready, closed(), rating])
      .when(cmd('RecordSatisfaction', { complaintId, rating: 'good' }))
      .thenFails('SatisfactionAlreadyRated');
    given([filed()])
      .when(cmd('RecordSatisfaction', { complaintId, rating: 'good' }))
      .thenFails('InvalidTransition');
  });
});
