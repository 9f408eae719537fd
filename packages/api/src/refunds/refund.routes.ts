import { refundAggregate } from '@casebook/domain';
import { CASE_WORKERS, SUPERVISORS } from '../auth/role-sets';
import type { CommandRoute } from '../commands/command-route';
import { commandRoutes } from '../commands/command-routes';
import { RunRefundCommand } from './refund.handler';

const refunds = commandRoutes(refundAggregate, {
  resource: 'refunds',
  idField: 'refundId',
  message: (command, request) => new RunRefundCommand(command, request),
});

/** `POST /refunds`: the refund and its link on the complaint, in one atomic append. */
export const requestRefundRoute = refunds.create('RequestRefund', {
  summary: 'Request a refund for a complaint; over the requester’s approval limit it awaits a supervisor',
  roles: CASE_WORKERS,
});

export const refundActionRoutes: readonly CommandRoute[] = [
  refunds.action('approve', 'ApproveRefund', { summary: 'Approve a requested refund', roles: SUPERVISORS }),
  refunds.action('reject', 'RejectRefund', { summary: 'Reject a requested refund', roles: SUPERVISORS }),
  refunds.action('issue', 'IssueRefund', { summary: 'Record that the money was sent', roles: CASE_WORKERS }),
  refunds.action('settle', 'SettleRefund', {
    summary: 'Record that the payment settled',
    roles: CASE_WORKERS,
  }),
  refunds.action('fail', 'FailRefund', { summary: 'Record that the payment failed', roles: CASE_WORKERS }),
];
