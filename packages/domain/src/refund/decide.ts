import * as E from 'fp-ts/Either';
import { isSupervisor } from '../shared/actor';
import type { Of } from '../shared/messages';
import type { RefundStatus } from '../shared/statuses';
import type { RefundCommand } from './commands';
import type { RefundContext } from './context';
import { requestRefund } from './decide-request';
import { refundError, type RefundError } from './errors';
import type { RefundEvent } from './events';
import type { RefundFacts, RefundState } from './state';

type Result = E.Either<RefundError, ReadonlyArray<RefundEvent>>;
type Requested = RefundFacts & { readonly status: RefundStatus };

const APPROVERS = ['agent', 'supervisor', 'admin'];

/**
 * A move from `from` to `to`: already in `to` records nothing (a retried call), any other status
 * is refused.
 */
const move = (s: Requested, from: RefundStatus, to: RefundStatus, event: () => RefundEvent): Result => {
  if (s.status === to) return E.right([]);
  if (s.status !== from)
    return E.left(
      refundError('InvalidTransition', `refund is ${s.status}, not ${from}`, { status: s.status }),
    );
  return E.right([event()]);
};

/**
 * Whether the money may move: an approved refund, or a requested one within the requester's
 * limit (it needs no approval). Over the limit, a refund not yet approved waits for a supervisor.
 */
export const isPayable = (s: RefundState): boolean =>
  s.status === 'approved' || (s.status === 'requested' && !s.requiresSupervisorApproval);

/** A move out of a payable status to `to` (issued, or failed when the provider refused it). */
const pay = (s: Requested, to: RefundStatus, event: () => RefundEvent): Result => {
  if (s.status === to) return E.right([]);
  if (s.status === 'requested' && s.requiresSupervisorApproval)
    return E.left(
      refundError(
        'SupervisorApprovalRequired',
        "the amount is over the requester's approval limit: approve it first",
      ),
    );
  if (!isPayable(s))
    return E.left(
      refundError('InvalidTransition', `refund is ${s.status}, not approved`, { status: s.status }),
    );
  return E.right([event()]);
};

/** Four eyes: never the requester; above the requester's limit, a supervisor. */
const approve = ({ data, metadata }: Of<RefundCommand, 'ApproveRefund'>, s: Requested): Result => {
  const { actor } = metadata;
  if (s.status === 'requested' && !APPROVERS.includes(actor.kind)) {
    return E.left(refundError('NotAllowedToApprove', `a ${actor.kind} cannot approve refunds`));
  }
  if (s.status === 'requested' && actor.id === s.requestedBy.id) {
    return E.left(refundError('SelfApprovalForbidden', 'nobody approves their own refund request'));
  }
  if (s.status === 'requested' && s.requiresSupervisorApproval && !isSupervisor(actor)) {
    return E.left(
      refundError('SupervisorApprovalRequired', "the amount is over the requester's approval limit"),
    );
  }
  return move(s, 'requested', 'approved', () => ({
    type: 'RefundApproved',
    data: { ...data, approvedBy: actor, approvedAt: metadata.now },
  }));
};

const decideExisting = (command: Exclude<RefundCommand, { type: 'RequestRefund' }>, s: Requested): Result => {
  const { data, metadata } = command;
  switch (command.type) {
    case 'ApproveRefund':
      return approve(command, s);
    case 'RejectRefund':
      return move(s, 'requested', 'rejected', () => ({
        type: 'RefundRejected',
        data: {
          refundId: s.refundId,
          reason: command.data.reason,
          rejectedBy: metadata.actor,
          rejectedAt: metadata.now,
        },
      }));
    case 'IssueRefund':
      return pay(s, 'issued', () => ({
        type: 'RefundIssued',
        data: {
          refundId: s.refundId,
          providerReference: command.data.providerReference,
          issuedAt: metadata.now,
        },
      }));
    case 'SettleRefund':
      return move(s, 'issued', 'settled', () => ({
        type: 'RefundSettled',
        data: { refundId: data.refundId, settledAt: metadata.now },
      }));
    case 'FailRefund': {
      const failed = (): RefundEvent => ({
        type: 'RefundFailed',
        data: { refundId: s.refundId, failureReason: command.data.failureReason, failedAt: metadata.now },
      });
      // The provider refused it at once (never issued), or failed it after it was issued.
      return s.status === 'issued' ? E.right([failed()]) : pay(s, 'failed', failed);
    }
  }
};

/** Decides a refund command; `context` is read only by `RequestRefund`. */
export const decideRefund = (command: RefundCommand, state: RefundState, context?: RefundContext): Result => {
  if (command.type === 'RequestRefund') return requestRefund(command, state, context);
  if (state.status === 'none')
    return E.left(refundError('RefundNotFound', `refund ${command.data.refundId} does not exist`));
  return decideExisting(command, state);
};
