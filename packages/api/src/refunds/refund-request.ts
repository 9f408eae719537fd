import {
  complaintAggregate,
  refundAggregate,
  refundContextFrom,
  type ComplaintCommand,
  type Of,
  type RefundCommand,
} from '@casebook/domain';
import { type AggregateCommands, decisionFor, sharedDecision } from '../commands/aggregate-commands';
import { DEFAULT_APPROVAL_LIMITS } from '../commands/approval-limits';
import type { CasebookConfig } from '../config';

/**
 * A refund request's two decisions, for `POST /refunds` and a return resolved with a refund alike.
 * The request needs the complaint (amount paid) and every refund it has linked, with its status;
 * the refund stream records the request and the complaint stream links it, in one atomic append
 * at the complaint's version, so two refunds racing for the same headroom cannot both pass.
 */
export function refundRequestDecisions(
  commands: AggregateCommands,
  config: CasebookConfig,
  command: Of<RefundCommand, 'RequestRefund'>,
) {
  const { complaintId, refundId, amount, reason } = command.data;
  const limits = config.approvalLimits ?? DEFAULT_APPROVAL_LIMITS;
  const link: ComplaintCommand = {
    type: 'LinkRefund',
    data: { complaintId, refundId, amount, reason },
    metadata: command.metadata,
  };
  // The complaint is read once per attempt, for its link and for the rules.
  const complaint = sharedDecision(complaintAggregate, link);
  const context = async () => {
    const state = await complaint.state();
    const linked = state === undefined || state.status === 'none' ? [] : state.refunds;
    const refunds = await commands.loadAll(
      refundAggregate,
      linked.map((r) => r.refundId),
    );
    return refundContextFrom(state, refunds, limits);
  };
  return [decisionFor(refundAggregate, command, context), complaint.decision] as const;
}
