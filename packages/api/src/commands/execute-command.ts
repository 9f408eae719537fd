import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner, type Envelope, type RunResult } from '@casebook/event-store';
import type { Caller } from '../auth/caller';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import type { CommandRoute } from './command-route';
import { readState } from '../queries/read-state';
import { SCHEMA_VERSIONS, VIEWS } from '../views';
import { DEFAULT_APPROVAL_LIMITS } from './approval-limits';

/** Who asked and how: what the events' envelope and the concurrency check need. */
export interface CommandRequest {
  readonly caller: Caller;
  readonly correlationId: string;
  /** The request's own id: the events it causes point back to it. */
  readonly causationId: string;
  readonly channel?: string;
  readonly ifMatch?: bigint;
  readonly idempotencyKey?: string;
}

/** A decoded command on its way to the runner. */
export class ExecuteCommand {
  constructor(
    readonly route: CommandRoute,
    readonly data: Record<string, unknown>,
    readonly request: CommandRequest,
  ) {}
}

/** The one handler behind every route: the domain command, the plan, the runner. */
@CommandHandler(ExecuteCommand)
export class ExecuteCommandHandler implements ICommandHandler<ExecuteCommand, RunResult> {
  private readonly runner: CommandRunner;

  constructor(@Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig) {
    this.runner = new CommandRunner(config.store, {
      newEventId: config.newId,
      clock: config.clock,
      schemaVersions: SCHEMA_VERSIONS,
    });
  }

  private readonly readState = (resource: string, id: string) => {
    const v = VIEWS[resource];
    if (v === undefined) throw new Error(`no view for ${resource}`);
    return readState(this.config.store, v, id);
  };

  execute({ route, data, request }: ExecuteCommand): Promise<RunResult> {
    const { caller } = request;
    const metadata = { now: this.config.clock().toISOString(), actor: caller.domainActor };
    const approvalLimits = this.config.approvalLimits ?? DEFAULT_APPROVAL_LIMITS;
    const deps = {
      store: this.config.store,
      approvalLimits,
      calendar: this.config.calendar,
      readState: this.readState,
    };
    const steps = route.plan({ type: route.type, data, metadata }, deps);
    const envelope: Envelope = {
      actor: caller.actor,
      channel: request.channel,
      correlationId: request.correlationId,
      causationId: request.causationId,
      idempotencyKey: request.idempotencyKey,
    };
    return this.runner.run({ steps, envelope, expectedVersion: request.ifMatch });
  }
}
