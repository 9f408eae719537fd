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

  it('issues an approved refund, not a requested one', () => {
    given([requested(100, false), approved])
      .when(issue)
      .then([issued]);
    given([requested(100, false)])
      .when(issue)
      .thenFails('InvalidTransition');
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
