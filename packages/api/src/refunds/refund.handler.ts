import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { refundAggregate, type Of, type RefundCommand } from '@casebook/domain';
import type { RunResult } from '@casebook/event-store';
import { AggregateCommands, decisionFor } from '../commands/aggregate-commands';
import type { CommandRequest } from '../commands/command-route';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { refundRequestDecisions } from './refund-request';

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

  /** A request reads and links its complaint in the same append (see `refundRequestDecisions`). */
  private request(command: Of<RefundCommand, 'RequestRefund'>, request: CommandRequest) {
    return this.commands.run(request, refundRequestDecisions(this.commands, this.config, command));
  }
}
