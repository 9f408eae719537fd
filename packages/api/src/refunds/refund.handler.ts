import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  complaintAggregate,
  refundAggregate,
  refundContextFrom,
  type ComplaintCommand,
  type Of,
  type RefundCommand,
} from '@casebook/domain';
import type { RunResult } from '@casebook/event-store';
import { AggregateCommands, decisionFor, sharedDecision } from '../commands/aggregate-commands';
import { DEFAULT_APPROVAL_LIMITS } from '../commands/approval-limits';
import type { CommandRequest } from '../commands/command-route';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';

/** A refund command from a caller, on its way to the refund's handler. */
export class RunRefundCommand {
  constructor(
    readonly command: RefundCommand,
    readonly request: CommandRequest,
  ) {}
}

/** Every refund command decides on the refund's stream; a request also reads and links its complaint. */
@CommandHandler(RunRefundCommand)
export class RefundCommandHandler implements ICommandHandler<RunRefundCommand, RunResult> {
  constructor(
    private readonly commands: AggregateCommands,
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
  ) {}

  execute({ command, request }: RunRefundCommand): Promise<RunResult> {
    if (command.type === 'RequestRefund') return this.request(command, request);
    return this.commands.run(request, [decisionFor(refundAggregate, command)]);
  }

  /**
   * A request needs the complaint (amount paid) and every refund it has linked, with its status.
   * The refund stream records the request and the complaint stream links it, in one atomic append
   * at the complaint's version, so two refunds racing for the same headroom cannot both pass.
   */
  private request(command: Of<RefundCommand, 'RequestRefund'>, request: CommandRequest) {
    const { complaintId, refundId, amount, reason } = command.data;
    const limits = this.config.approvalLimits ?? DEFAULT_APPROVAL_LIMITS;
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
      const refunds = await this.commands.loadAll(
        refundAggregate,
        linked.map((r) => r.refundId),
      );
      return refundContextFrom(state, refunds, limits);
    };
    return this.commands.run(request, [decisionFor(refundAggregate, command, context), complaint.decision]);
  }
}
