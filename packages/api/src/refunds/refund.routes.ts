import { refundCommandPayloads, refundDecider, refundStreamId, type RefundId } from '@casebook/domain';
import { step, type Step } from '@casebook/event-store';
import type { Role } from '../auth/jwt';
import type { CommandRoute, DomainCommand } from '../commands/command-route';
import { complaintStep } from '../complaints/complaint.routes';
import { refundRequestContext } from './refund.context';
import { refundCodec } from './refund.view';

type RefundCommandType = keyof typeof refundCommandPayloads;
const AGENTS: readonly Role[] = ['agent', 'supervisor'];
const SUPERVISORS: readonly Role[] = ['supervisor'];

const refundStep = (command: DomainCommand, stream: 'new' | 'existing', context?: Step['context']): Step =>
  step({
    streamId: refundStreamId(command.data.refundId as RefundId),
    decider: refundDecider,
    codec: refundCodec,
    command: () => command as never,
    stream,
    context: context as never,
  });

/**
 * `POST /refunds`: the refund stream records the request and the complaint stream links it, in
 * one atomic append; the link carries what the complaint's rules need (amount, reason).
 */
export const requestRefundRoute: CommandRoute = {
  resource: 'refunds',
  type: 'RequestRefund',
  payload: refundCommandPayloads.RequestRefund as CommandRoute['payload'],
  creates: { field: 'refundId', resource: 'refunds' },
  roles: AGENTS,
  summary: 'Request a refund for a complaint; over the requester’s approval limit it awaits a supervisor',
  plan: (command, deps) => {
    const complaintId = String(command.data.complaintId);
    const link = (earlier: ReadonlyArray<ReadonlyArray<unknown>>): DomainCommand => {
      const requested = earlier[0]?.[0] as { data: { refundId: string; amount: unknown; reason: unknown } };
      const { refundId, amount, reason } = requested.data;
      return {
        type: 'LinkRefund',
        data: { complaintId, refundId, amount, reason },
        metadata: command.metadata,
      };
    };
    return [
      refundStep(command, 'new', () => refundRequestContext(deps, complaintId)),
      { ...complaintStep(command, 'existing'), command: link },
    ];
  },
};

const act = (
  action: string,
  type: RefundCommandType,
  summary: string,
  roles: readonly Role[],
): CommandRoute => ({
  resource: 'refunds',
  action,
  type,
  payload: refundCommandPayloads[type] as CommandRoute['payload'],
  pathId: 'refundId',
  roles,
  summary,
  plan: (command) => [refundStep(command, 'existing')],
});

export const refundActionRoutes: readonly CommandRoute[] = [
  act('approve', 'ApproveRefund', 'Approve a requested refund', SUPERVISORS),
  act('reject', 'RejectRefund', 'Reject a requested refund', SUPERVISORS),
  act('issue', 'IssueRefund', 'Record that the money was sent', AGENTS),
  act('settle', 'SettleRefund', 'Record that the payment settled', AGENTS),
  act('fail', 'FailRefund', 'Record that the payment failed', AGENTS),
];
