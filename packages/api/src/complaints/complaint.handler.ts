import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  chooseSla,
  closeContextFrom,
  complaintAggregate,
  escalationAggregate,
  officeHours,
  refundAggregate,
  returnAggregate,
  type ComplaintCommand,
  type ComplaintState,
  type Of,
} from '@casebook/domain';
import type { RunResult } from '@casebook/event-store';
import { AggregateCommands, decisionFor } from '../commands/aggregate-commands';
import type { CommandRequest } from '../commands/command-route';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';

/** A complaint command from a caller, on its way to the complaint's handler. */
export class RunComplaintCommand {
  constructor(
    readonly command: ComplaintCommand,
    readonly request: CommandRequest,
  ) {}
}

/** Every complaint command decides on the complaint's stream; closing also reads its links. */
@CommandHandler(RunComplaintCommand)
export class ComplaintCommandHandler implements ICommandHandler<RunComplaintCommand, RunResult> {
  constructor(
    private readonly commands: AggregateCommands,
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
  ) {}

  execute({ command, request }: RunComplaintCommand): Promise<RunResult> {
    if (command.type === 'CloseComplaint') return this.close(command, request);
    if (command.type === 'FileComplaint') return this.file(command, request);
    return this.commands.run(request, [decisionFor(complaintAggregate, command)]);
  }

  /** Filing records the SLA policy and calendar versions the host's settings choose for it. */
  private file(command: Of<ComplaintCommand, 'FileComplaint'>, request: CommandRequest) {
    const { regime, priority, channel, category } = command.data;
    const facts = { regime, priority, channel, category, filedAt: command.metadata.now };
    const context = async () => ({
      refunds: [],
      escalations: [],
      calendar: this.config.calendar ?? officeHours('Europe/London'),
      sla: chooseSla(this.config.sla ?? {}, facts),
    });
    return this.commands.run(request, [decisionFor(complaintAggregate, command, context)]);
  }

  /**
   * Closing reads every linked refund, escalation and return. The links live on the complaint stream, and
   * a new link moves its version, so a refund requested while we read makes the append lose the race.
   */
  private close(command: Of<ComplaintCommand, 'CloseComplaint'>, request: CommandRequest) {
    const calendar = this.config.calendar ?? officeHours('Europe/London');
    const context = async (complaint: ComplaintState) => {
      const links =
        complaint.status === 'none' ? { refunds: [], escalationIds: [], returnIds: [] } : complaint;
      const [refunds, escalations, returns] = await Promise.all([
        this.commands.loadAll(
          refundAggregate,
          links.refunds.map((r) => r.refundId),
        ),
        this.commands.loadAll(escalationAggregate, links.escalationIds),
        this.commands.loadAll(returnAggregate, links.returnIds),
      ]);
      return closeContextFrom(complaint, refunds, escalations, calendar, returns);
    };
    return this.commands.run(request, [decisionFor(complaintAggregate, command, context)]);
  }
}
