import { defineAggregate } from '../shared/aggregate';
import type { Decider } from '../shared/decider';
import { ReturnId } from '../shared/ids';
import { storedEventCodec } from '../upcast/stored';
import { returnCommandCodec, returnCommandPayloads, type ReturnCommand } from './commands';
import type { ReturnContext } from './context';
import { decideReturn } from './decide';
import type { ReturnError } from './errors';
import { returnEventPayloads, type ReturnEvent } from './events';
import { evolveReturn } from './evolve';
import { initialReturnState, type ReturnState } from './state';

export * from './codecs';
export * from './commands';
export * from './context';
export * from './errors';
export * from './events';
export * from './state';
export { returnWindowDays } from './decide-request';
export { returnValue, type ReturnValue } from './decide-resolve';
export { decideReturn } from './decide';
export { evolveReturn } from './evolve';

/** `return-<id>`: the stream of one return. */
export const returnStreamId = (id: ReturnId): `return-${string}` => `return-${id}`;

/** The return decider. */
export const returnDecider: Decider<ReturnCommand, ReturnEvent, ReturnState, ReturnContext, ReturnError> = {
  decide: decideReturn,
  evolve: evolveReturn,
  initialState: initialReturnState,
};

/** Returns, whole: ids, streams, stored events, commands and the decider. */
export const returnAggregate = defineAggregate({
  name: 'return',
  id: ReturnId,
  streamId: returnStreamId,
  idOf: (command) => command.data.returnId,
  decider: returnDecider,
  events: storedEventCodec(returnEventPayloads),
  commands: returnCommandCodec,
  payloads: returnCommandPayloads,
  opening: ['RequestReturn'],
});
