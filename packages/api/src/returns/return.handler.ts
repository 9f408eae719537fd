import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  complaintAggregate,
  DEFAULT_RETURN_POLICY,
  returnAggregate,
  type ComplaintCommand,
  type Of,
  type RefundCommand,
  type RefundReason,
  type ReturnCommand,
  type ReturnReason,
  type ReturnState,
} from '@casebook/domain';
import type { RunResult } from '@casebook/event-store';
import { AggregateCommands, decisionFor } from '../commands/aggregate-commands';
import type { CommandRequest } from '../commands/command-route';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { refundRequestDecisions } from '../refunds/refund-request';

/** A return command from a caller, on its way to the return's handler. */
export class RunReturnCommand {
  constructor(
    readonly command: ReturnCommand,
    readonly request: CommandRequest,
  ) {}
}

/** The refund reason a return's reason is recorded under on the Refund aggregate. */
const REFUND_REASON: Readonly<Record<ReturnReason, RefundReason>> = {
  damaged_in_transit: 'damaged_in_transit',
  defective: 'defective_product',
  not_as_described: 'service_failure',
  wrong_item: 'service_failure',
  missing_parts: 'lost_item',
  changed_mind: 'requested_by_customer',
  late_delivery: 'service_failure',
};

type Resolve = Of<ReturnCommand, 'ResolveReturn'>;

/**
 * Every return command decides on the return's stream. A request linked to a complaint also
 * links it there; a refund resolution also requests the refund (and links it on the complaint),
 * all in one atomic append.
 */
@CommandHandler(RunReturnCommand)
export class ReturnCommandHandler implements ICommandHandler<RunReturnCommand, RunResult> {
  constructor(
    private readonly commands: AggregateCommands,
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
  ) {}

  private readonly policy = async () => ({ policy: this.config.returnPolicy ?? DEFAULT_RETURN_POLICY });

  execute({ command, request }: RunReturnCommand): Promise<RunResult> {
    switch (command.type) {
      case 'RequestReturn':
        return this.request(command, request);
      case 'AuthoriseReturn':
        return this.commands.run(request, [decisionFor(returnAggregate, command, this.policy)]);
      case 'OpenCarrierClaim':
        return this.claim(command, request);
      case 'ResolveReturn':
        return this.resolve(command, request);
      default:
        return this.commands.run(request, [decisionFor(returnAggregate, command)]);
    }
  }

  /** The complaint links the return in the same append: the return shows in its context at once. */
  private request(command: Of<ReturnCommand, 'RequestReturn'>, request: CommandRequest) {
    const { complaintId, returnId } = command.data;
    if (complaintId === undefined) return this.commands.run(request, [decisionFor(returnAggregate, command)]);
    const link: ComplaintCommand = {
      type: 'LinkReturn',
      data: { complaintId, returnId },
      metadata: command.metadata,
    };
    return this.commands.run(request, [
      decisionFor(returnAggregate, command),
      decisionFor(complaintAggregate, link),
    ]);
  }

  /** A claim records the linked complaint's insurance coverage decision, when it has one. */
  private claim(command: Of<ReturnCommand, 'OpenCarrierClaim'>, request: CommandRequest) {
    const context = async (state: ReturnState) => {
      const complaintId = state.status === 'none' ? null : state.complaintId;
      const complaint =
        complaintId === null ? undefined : await this.commands.load(complaintAggregate, complaintId);
      const covered =
        complaint === undefined || complaint.status === 'none' ? null : complaint.insuranceCovered;
      return { ...(await this.policy()), insuranceCovered: covered };
    };
    return this.commands.run(request, [decisionFor(returnAggregate, command, context)]);
  }

  /**
   * A refund resolution requests the refund on the Refund aggregate, with its approval limits and
   * the paid-amount cap, and links it on the complaint: the return, the refund and the complaint
   * in one append. The complaint is the return's own, fixed when it was requested, so reading it
   * first cannot race.
   */
  private async resolve(command: Resolve, request: CommandRequest) {
    const decision = decisionFor(returnAggregate, command, this.policy);
    const { refund, resolution } = command.data;
    const returned = await this.commands.load(returnAggregate, command.data.returnId);
    // Without these the return's own decision refuses, or no refund is asked for.
    if (
      resolution !== 'refund' ||
      refund === undefined ||
      returned === undefined ||
      returned.status === 'none'
    )
      return this.commands.run(request, [decision]);
    if (returned.complaintId === null) return this.commands.run(request, [decision]);
    const requestRefund: RefundCommand = {
      type: 'RequestRefund',
      data: {
        refundId: refund.refundId,
        complaintId: returned.complaintId,
        kind: 'refund',
        paymentReference: refund.paymentReference,
        amount: refund.amount,
        reason: REFUND_REASON[returned.reason],
      },
      metadata: command.metadata,
    };
    return this.commands.run(request, [
      decision,
      ...refundRequestDecisions(this.commands, this.config, requestRefund),
    ]);
  }
}
