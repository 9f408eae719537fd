import type { ICommand } from '@nestjs/cqrs';
import { decodeCommand, type Aggregate, type DomainError } from '@casebook/domain';
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import type { Role } from '../auth/jwt';
import type { CommandRequest, CommandRoute } from './command-route';

/** Where an aggregate's routes live and which bus message carries its commands. */
export interface RouteHome<C> {
  /** Path prefix, e.g. `complaints`. */
  readonly resource: string;
  /** The payload field that names the aggregate, filled from the path or made up on creation. */
  readonly idField: string;
  readonly message: (command: C, request: CommandRequest) => ICommand;
  /** Who may run the aggregate's commands, unless a route says otherwise. */
  readonly roles: readonly Role[];
}

/** For a route under another resource (`POST /complaints/{id}/escalations`): where its `{id}` goes. */
interface Under {
  readonly resource: string;
  readonly idField: string;
}

/**
 * The route builder of one aggregate, generic over its command type: a route names a command
 * type the aggregate has (checked when compiled), decodes the body into that command and hands it
 * to the aggregate's command handler. A command that opens a stream answers 201 with Location.
 */
export function commandRoutes<Id, C extends { readonly type: string }, Ev, S, Ctx, Err extends DomainError>(
  aggregate: Aggregate<Id, C, Ev, S, Ctx, Err>,
  home: RouteHome<C>,
) {
  const route = (
    type: C['type'],
    summary: string,
    roles: readonly Role[],
    action?: string,
    under?: Under,
  ): CommandRoute => {
    const opens = aggregate.opening.includes(type);
    const pathId = under?.idField ?? home.idField;
    return {
      resource: under?.resource ?? home.resource,
      ...(action === undefined ? {} : { action, pathId }),
      type,
      payload: aggregate.payloads[type],
      ...(opens ? { creates: { field: home.idField, resource: home.resource } } : {}),
      roles,
      summary,
      toMessage: (data, metadata, request) =>
        pipe(
          decodeCommand(aggregate.commands, type, data, metadata),
          E.map((command) => home.message(command, request)),
        ),
    };
  };
  return {
    /** `POST /<resource>`: a new stream, its id from the body or made up. */
    create: (type: C['type'], summary: string, roles = home.roles) => route(type, summary, roles),
    /** `POST /<resource>/{id}/<action>`, or under another resource's path. */
    action: (action: string, type: C['type'], summary: string, roles = home.roles, under?: Under) =>
      route(type, summary, roles, action, under),
  };
}
