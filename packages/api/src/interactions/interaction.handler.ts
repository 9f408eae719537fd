import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { interactionAggregate, type InteractionCommand } from '@casebook/domain';
import type { RunResult } from '@casebook/event-store';
import { AggregateCommands, decisionFor } from '../commands/aggregate-commands';
import type { CommandRequest } from '../commands/command-route';

/** A interaction command from a caller, on its way to the interaction's handler. */
export class RunInteractionCommand {
  constructor(
    readonly command: InteractionCommand,
    readonly request: CommandRequest,
  ) {}
}

/** Every interaction command decides on the interaction's own stream: no rule reads another. */
@CommandHandler(RunInteractionCommand)
export class InteractionCommandHandler implements ICommandHandler<RunInteractionCommand, RunResult> {
  constructor(private readonly commands: AggregateCommands) {}

  execute({ command, request }: RunInteractionCommand): Promise<RunResult> {
    return this.commands.run(request, [decisionFor(interactionAggregate, command)]);
  }
}
