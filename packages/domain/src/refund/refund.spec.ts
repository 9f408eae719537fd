import { specFor } from '../testing';
import { refundDecider } from './index';
import { approved, build, by, ev, issued, now, refundId, requested } from './refund.fixtures';
import type { ActorKind } from '../shared/actor';

const { given } = specFor(refundDecider);

describe('refund: approval', () => {
  const approve = (kind: ActorKind, id: string) => build('ApproveRefund', { refundId }, by(kind, id));

  it('lets another agent approve a request within the limit', () => {
    given([requested(1500, false)])
      .when(approve('agent', 'agent-2'))
      .then([approved]);
  });

  it('refuses approval by the requester, even a supervisor requester', () => {
    given([requested(1500, false)])
      .when(approve('agent', 'agent-1'))
      .thenFails('SelfApprovalForbidden');
  });

  it("needs a supervisor above the requester's limit", () => {
    given([requested(3000, true)])
      .when(approve('agent', 'agent-2'))
      .thenFails('SupervisorApprovalRequired');
    given([requested(3000, true)])
      .when(approve('supervisor', 'sup-1'))
      .then([
        ev('RefundApproved', { refundId, approvedBy: { kind: 'supervisor', id: 'sup-1' }, approvedAt: now }),
      ]);
  });

  it('refuses approval by a role that cannot approve', () => {
    given([requested(100, false)])
      .when(approve('customer', 'cust-1'))
      .thenFails('NotAllowedToApprove');
  });

  it('records nothing when an approved refund is approved again', () => {
    given([requested(100, false), approved])
      .when(approve('agent', 'agent-3'))
      .thenNothingHappens();
  });

  it('rejects a request; rejecting again records nothing, approving it is refused', () => {
    const reject = build('RejectRefund', { refundId, reason: 'Not eligible' }, by('supervisor', 'sup-1'));
    const rejected = given([requested(100, false)])
      .when(reject)
      .then([
        ev('RefundRejected', {
          refundId,
          reason: 'Not eligible',
          rejectedBy: { kind: 'supervisor', id: 'sup-1' },
          rejectedAt: now,
        }),
      ]);
    given([requested(100, false), ...rejected])
      .when(reject)
      .thenNothingHappens();
    given([requested(100, false), ...rejected])
      .when(approve('agent', 'agent-2'))
      .thenFails('InvalidTransition');
  });
});

describe('refund: money movement', () => {
  const issue = build('IssueRefund', { refundId, providerReference: 're_123' }, by('system', 'payments'));

  it('issues an approved refund, and a requested one within the limit without approval', () => {
    given([requested(100, false), approved])
      .when(issue)
      .then([issued]);
    given([requested(100, false)])
      .when(issue)
      .then([issued]);
  });

  it('refuses to issue a refund over the limit before a supervisor approved it', () => {
    given([requested(3000, true)])
      .when(issue)
      .thenFails('SupervisorApprovalRequired');
    given([requested(3000, true), approved])
      .when(issue)
      .then([issued]);
  });

  it('records nothing when an issued refund is issued again; a rejected one is never issued', () => {
    given([requested(100, false), issued])
      .when(issue)
      .thenNothingHappens();
    const rejected = ev('RefundRejected', {
      refundId,
      reason: 'No',
      rejectedBy: { kind: 'supervisor', id: 'sup-1' },
      rejectedAt: now,
    });
    given([requested(100, false), rejected])
      .when(issue)
      .thenFails('InvalidTransition');
  });

  it('fails a refund the provider refused before it was issued, not one over the limit', () => {
    const fail = build('FailRefund', { refundId, failureReason: 'Refused' }, by('system', 'payments'));
    const failed = ev('RefundFailed', { refundId, failureReason: 'Refused', failedAt: now });
    given([requested(100, false), approved])
      .when(fail)
      .then([failed]);
    given([requested(100, false)])
      .when(fail)
      .then([failed]);
    given([requested(3000, true)])
      .when(fail)
      .thenFails('SupervisorApprovalRequired');
  });

  it('settles an issued refund; settling again records nothing', () => {
    const settle = build('SettleRefund', { refundId }, by('system', 'payments'));
    const settled = given([requested(100, false), approved, issued])
      .when(settle)
      .then([ev('RefundSettled', { refundId, settledAt: now })]);
    given([requested(100, false), approved, issued, ...settled])
      .when(settle)
      .thenNothingHappens();
  });

  it('fails an issued refund, and a failed refund cannot settle', () => {
    const failed = given([requested(100, false), approved, issued])
      .when(build('FailRefund', { refundId, failureReason: 'Card closed' }, by('system', 'payments')))
      .then([ev('RefundFailed', { refundId, failureReason: 'Card closed', failedAt: now })]);
    given([requested(100, false), approved, issued, ...failed])
      .when(build('SettleRefund', { refundId }, by('system', 'payments')))
      .thenFails('InvalidTransition');
  });

  it('refuses commands on a refund that was never requested', () => {
    given([]).when(issue).thenFails('RefundNotFound');
  });
});
