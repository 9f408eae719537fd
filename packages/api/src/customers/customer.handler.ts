import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { customerAggregate, type CustomerCommand } from '@casebook/domain';
import type { RunResult } from '@casebook/event-store';
import { AggregateCommands, decisionFor } from '../commands/aggregate-commands';
import type { CommandRequest } from '../commands/command-route';

/** A customer command from a caller, on its way to the customer's handler. */
export class RunCustomerCommand {
  constructor(
    readonly command: CustomerCommand,
    readonly request: CommandRequest,
  ) {}
}

/** Every customer command decides on the customer's own stream: no rule reads another. */
@CommandHandler(RunCustomerCommand)
export class CustomerCommandHandler implements ICommandHandler<RunCustomerCommand, RunResult> {
  constructor(private readonly commands: AggregateCommands) {}

  execute({ command, request }: RunCustomerCommand): Promise<RunResult> {
    return this.commands.run(request, [decisionFor(customerAggregate, command)]);
  }
}
