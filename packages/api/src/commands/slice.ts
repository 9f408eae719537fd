import { step, type EventCodecLike, type Step } from '@casebook/event-store';
import type * as t from 'io-ts';
import type { Role } from '../auth/jwt';
import type { CommandRoute, DomainCommand } from './command-route';

interface SliceOptions {
  readonly resource: string;
  readonly idField: string;
  readonly streamId: (id: string) => string;
  readonly decider: Step['decider'];
  readonly codec: EventCodecLike<unknown>;
  readonly payloads: Readonly<Record<string, t.Mixed>>;
}

/** Route builders for one aggregate whose commands touch only its own stream. */
export function slice(o: SliceOptions) {
  const stepFor = (command: DomainCommand, stream: 'new' | 'existing'): Step =>
    step({
      streamId: o.streamId(String(command.data[o.idField])),
      decider: o.decider,
      codec: o.codec,
      command: () => command,
      stream,
    });
  const payload = (type: string) => o.payloads[type] as CommandRoute['payload'];
  return {
    /** `POST /<resource>`: a new stream, its id from the body or made up. */
    create: (type: string, summary: string, roles: readonly Role[]): CommandRoute => ({
      resource: o.resource,
      type,
      payload: payload(type),
      creates: { field: o.idField, resource: o.resource },
      roles,
      summary,
      plan: (command) => [stepFor(command, 'new')],
    }),
    /** `POST /<resource>/{id}/<action>`. `creates`: the path names a stream that must not exist yet. */
    act: (
      action: string,
      type: string,
      summary: string,
      roles: readonly Role[],
      creates = false,
    ): CommandRoute => ({
      resource: o.resource,
      action,
      type,
      payload: payload(type),
      pathId: o.idField,
      ...(creates ? { creates: { field: o.idField, resource: o.resource } } : {}),
      roles,
      summary,
      plan: (command) => [stepFor(command, creates ? 'new' : 'existing')],
    }),
  };
}
