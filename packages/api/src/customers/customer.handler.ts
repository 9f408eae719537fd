import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  complaintAggregate,
  customerAggregate,
  customerError,
  erasureContextFrom,
  type CustomerCommand,
  type Of,
} from '@casebook/domain';
import type { Json, RunResult } from '@casebook/event-store';
import { AggregateCommands, decisionFor } from '../commands/aggregate-commands';
import type { CommandRequest } from '../commands/command-route';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { complaintIdsOf } from './customer-complaints';

/** A customer command from a caller, on its way to the customer's handler. */
export class RunCustomerCommand {
  constructor(
    readonly command: CustomerCommand,
    readonly request: CommandRequest,
  ) {}
}

/** Every customer command decides on the customer's own stream; an erasure also reads their complaints. */
@CommandHandler(RunCustomerCommand)
export class CustomerCommandHandler implements ICommandHandler<RunCustomerCommand, RunResult> {
  constructor(
    private readonly commands: AggregateCommands,
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
  ) {}

  execute({ command, request }: RunCustomerCommand): Promise<RunResult> {
    if (command.type === 'RequestErasure') return this.erase(command, request);
    return this.commands.run(request, [decisionFor(customerAggregate, command)]);
  }

  /**
   * An erasure is decided on the customer's stream with every complaint filed for them (open?
   * closed when, under which regime?). A refusal is recorded and answered 422 with its reasons.
   * Once `CustomerPiiErased` is in the stream the key is destroyed; a retry after a failed
   * destruction finds the customer erased and destroys it again, so the two cannot stay apart.
   */
  private async erase(command: Of<CustomerCommand, 'RequestErasure'>, request: CommandRequest) {
    const { customerId } = command.data;
    const context = async () => {
      const ids = await complaintIdsOf(this.config.store, this.config.pool, customerId);
      const complaints = await this.commands.loadAll(complaintAggregate, ids);
      return erasureContextFrom(complaints, this.config.retention);
    };
    const result = await this.commands.run(request, [decisionFor(customerAggregate, command, context)]);
    if (result._tag === 'Left') return result;
    const refused = result.right[0]?.events.find((e) => e.type === 'CustomerErasureRefused');
    if (refused)
      return {
        _tag: 'Left' as const,
        left: { _tag: 'Rejected' as const, error: refusal(refused.data) },
      };
    const customer = await this.commands.load(customerAggregate, command.data.customerId);
    if (customer?.status === 'erased') await this.config.store.keyring.destroy(customerId);
    return result;
  }
}

/** The recorded refusal as the caller's answer: 422 `ErasureRefused`, every reason in `details.refusals`. */
function refusal(data: Json) {
  const refusals = (data as { refusals?: ReadonlyArray<{ readonly detail: string }> }).refusals ?? [];
  return customerError(
    'ErasureRefused',
    `erasure refused (recorded): ${refusals.map((r) => r.detail).join('; ')}`,
    {
      refusals,
    },
  );
}
