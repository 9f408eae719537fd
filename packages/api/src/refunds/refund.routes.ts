import { refundAggregate } from '@casebook/domain';
import { CASE_WORKERS, SUPERVISORS } from '../auth/role-sets';
import type { CommandRoute } from '../commands/command-route';
import { commandRoutes } from '../commands/command-routes';
import { RunRefundCommand } from './refund.handler';

const refunds = commandRoutes(refundAggregate, {
  resource: 'refunds',
  idField: 'refundId',
  roles: CASE_WORKERS,
  message: (command, request) => new RunRefundCommand(command, request),
});

/** `POST /refunds`: the refund and its link on the complaint, in one atomic append. */
export const requestRefundRoute = refunds.create(
  'RequestRefund',
  'Request a refund for a complaint; over the requester’s approval limit it awaits a supervisor',
);

export const refundActionRoutes: readonly CommandRoute[] = [
  refunds.action('approve', 'ApproveRefund', 'Approve a requested refund', SUPERVISORS),
  refunds.action('reject', 'RejectRefund', 'Reject a requested refund', SUPERVISORS),
  refunds.action('issue', 'IssueRefund', 'Record that the money was sent'),
  refunds.action('settle', 'SettleRefund', 'Record that the payment settled'),
  refunds.action('fail', 'FailRefund', 'Record that the payment failed'),
];
