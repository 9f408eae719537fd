import { Inject, Injectable } from '@nestjs/common';
import { CommandBus, type ICommand } from '@nestjs/cqrs';
import {
  complaintAggregate,
  customerAggregate,
  decodeCommand,
  escalationAggregate,
  type Aggregate,
  type DomainError,
  interactionAggregate,
  refundAggregate,
  returnAggregate,
} from '@casebook/domain';
import * as E from 'fp-ts/Either';
import type { CommandSender, SendOutcome, SystemCommand, Trigger } from '@casebook/projections';
import type { RunResult } from '@casebook/event-store';
import type { Caller } from '../auth/caller';
import type { CommandRequest } from '../commands/command-route';
import { RunComplaintCommand } from '../complaints/complaint.handler';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { RunCustomerCommand } from '../customers/customer.handler';
import { RunEscalationCommand } from '../escalations/escalation.handler';
import { problemOfRunError } from '../http/map-errors';
import { RunInteractionCommand } from '../interactions/interaction.handler';
import { RunRefundCommand } from '../refunds/refund.handler';
import { RunReturnCommand } from '../returns/return.handler';

type Metadata = { readonly now: string; readonly actor: { readonly kind: string; readonly id: string } };

/** One aggregate's commands as the bus message its handler takes, decoded with its codec. */
const home =
  <Id, C extends { readonly type: string }, Ev, S, Ctx, Err extends DomainError>(
    aggregate: Aggregate<Id, C, Ev, S, Ctx, Err>,
    message: (command: C, request: CommandRequest) => ICommand,
  ) =>
  (type: string, data: unknown, metadata: Metadata, request: CommandRequest) =>
    Object.hasOwn(aggregate.payloads, type)
      ? E.map((c: C) => message(c, request))(decodeCommand(aggregate.commands, type, data, metadata))
      : undefined;

const HOMES = [
  home(complaintAggregate, (c, r) => new RunComplaintCommand(c, r)),
  home(refundAggregate, (c, r) => new RunRefundCommand(c, r)),
  home(escalationAggregate, (c, r) => new RunEscalationCommand(c, r)),
  home(customerAggregate, (c, r) => new RunCustomerCommand(c, r)),
  home(interactionAggregate, (c, r) => new RunInteractionCommand(c, r)),
  home(returnAggregate, (c, r) => new RunReturnCommand(c, r)),
];

/** The system caller a process acts as: `process:<name>`, with no roles (no route is its to call). */
const systemCaller = (process: string): Caller => {
  const actor = { kind: 'system', id: `process:${process}` } as const;
  return { sub: actor.id, roles: [], actor, domainActor: { kind: 'service', id: actor.id } };
};

/**
 * The processes' way to act: the command is decoded with its aggregate's codec and sent on the
 * command bus to the same handler an HTTP request reaches, as the system actor, with the
 * triggering event as causation, its correlation carried over, and the trigger's idempotency key.
 */
@Injectable()
export class SystemCommands implements CommandSender {
  constructor(
    private readonly bus: CommandBus,
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
  ) {}

  async send(
    process: string,
    command: SystemCommand,
    origin: Trigger & { readonly idempotencyKey: string },
  ): Promise<SendOutcome> {
    const caller = systemCaller(process);
    const metadata = { now: this.config.clock().toISOString(), actor: caller.actor };
    const request: CommandRequest = { caller, ...origin };
    const decoded = HOMES.map((h) => h(command.type, command.data, metadata, request)).find(
      (d) => d !== undefined,
    );
    if (decoded === undefined)
      return { ok: false, status: 400, code: 'UnknownCommand', detail: command.type };
    if (decoded._tag === 'Left') {
      const detail = decoded.left.map((e) => `${e.path}: ${e.reason}`).join('; ');
      return { ok: false, status: 400, code: 'InvalidCommand', detail };
    }
    const message = decoded.right;
    const result = await this.bus.execute<ICommand, RunResult>(message);
    if (result._tag === 'Right')
      return { ok: true, wrote: result.right.reduce((n, s) => n + s.events.length, 0) };
    const problem = problemOfRunError(result.left);
    return { ok: false, status: problem.status, code: problem.code, detail: problem.detail ?? problem.title };
  }
}
