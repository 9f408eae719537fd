import * as E from 'fp-ts/Either';
import type { ReturnCommand } from './commands';
import type { ReturnContext } from './context';
import * as request from './decide-request';
import { resolve } from './decide-resolve';
import * as warehouse from './decide-warehouse';
import { returnError, type ReturnError } from './errors';
import type { ReturnEvent } from './events';
import type { OpenReturn, ReturnState } from './state';

type Result = E.Either<ReturnError, ReadonlyArray<ReturnEvent>>;

const decideExisting = (
  command: Exclude<ReturnCommand, { type: 'RequestReturn' }>,
  s: OpenReturn,
  ctx?: ReturnContext,
): Result => {
  switch (command.type) {
    case 'AuthoriseReturn':
      return request.authorise(command, s, ctx);
    case 'RefuseReturn':
      return request.refuse(command, s);
    case 'ShipReturn':
      return request.ship(command, s);
    case 'CancelReturn':
      return request.cancel(command, s);
    case 'ExpireReturn':
      return request.expire(command, s);
    case 'ReceiveReturn':
      return warehouse.receive(command, s);
    case 'InspectReturn':
      return warehouse.inspect(command, s);
    case 'OpenCarrierClaim':
      return warehouse.openClaim(command, s, ctx);
    case 'DisposeReturn':
      return warehouse.dispose(command, s);
    case 'ResolveReturn':
      return resolve(command, s, ctx);
  }
};

/** Decides a return command; `context` is read by authorising, resolving and opening a claim. */
export const decideReturn = (command: ReturnCommand, state: ReturnState, context?: ReturnContext): Result => {
  if (command.type === 'RequestReturn') return request.requestReturn(command, state);
  if (state.status === 'none')
    return E.left(returnError('ReturnNotFound', `return ${command.data.returnId} does not exist`));
  return decideExisting(command, state, context);
};
