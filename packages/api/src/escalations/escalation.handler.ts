import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  complaintAggregate,
  escalationAggregate,
  escalationContextFrom,
  type ComplaintCommand,
  type EscalationCommand,
  type Of,
} from '@casebook/domain';
import type { RunResult } from '@casebook/event-store';
import { AggregateCommands, decisionFor } from '../commands/aggregate-commands';
import type { CommandRequest } from '../commands/command-route';

/** An escalation command from a caller, on its way to the escalation's handler. */
export class RunEscalationCommand {
  constructor(
    readonly command: EscalationCommand,
    readonly request: CommandRequest,
  ) {}
}

/** Every escalation command decides on the escalation's stream; raising also reads and links its complaint. */
@CommandHandler(RunEscalationCommand)
export class EscalationCommandHandler implements ICommandHandler<RunEscalationCommand, RunResult> {
  constructor(private readonly commands: AggregateCommands) {}

  execute({ command, request }: RunEscalationCommand): Promise<RunResult> {
    if (command.type === 'RaiseEscalation') return this.raise(command, request);
    return this.commands.run(request, [decisionFor(escalationAggregate, command)]);
  }

  /**
   * Raising needs the complaint and its open escalation, if any; the escalation and the
   * complaint's link are appended atomically, so two raises cannot both find none open.
   */
  private raise(command: Of<EscalationCommand, 'RaiseEscalation'>, request: CommandRequest) {
    const { complaintId, escalationId } = command.data;
    const context = async () => {
      const complaint = await this.commands.load(complaintAggregate, complaintId);
      const linked = complaint === undefined || complaint.status === 'none' ? [] : complaint.escalationIds;
      return escalationContextFrom(complaint, await this.commands.loadAll(escalationAggregate, linked));
    };
    const link: ComplaintCommand = {
      type: 'LinkEscalation',
      data: { complaintId, escalationId },
      metadata: command.metadata,
    };
    return this.commands.run(request, [
      decisionFor(escalationAggregate, command, context),
      decisionFor(complaintAggregate, link),
    ]);
  }
}
