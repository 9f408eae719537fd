import { defineAggregate } from '../shared/aggregate';
import type { Decider } from '../shared/decider';
import { storedEventCodec } from '../upcast/stored';
import { CustomerId } from '../shared/ids';
import { customerCommandCodec, customerCommandPayloads, type CustomerCommand } from './commands';
import type { ErasureContext } from './context';
import { decideCustomer } from './decide';
import type { CustomerError } from './errors';
import { customerEventPayloads, type CustomerEvent } from './events';
import { evolveCustomer } from './evolve';
import { initialCustomerState, type CustomerState } from './state';

export * from './codecs';
export * from './commands';
export * from './context';
export * from './errors';
export * from './events';
export * from './state';
export { decideCustomer } from './decide';
export { evolveCustomer } from './evolve';

/** `customer-<id>`: the stream of one customer. */
export const customerStreamId = (id: CustomerId): `customer-${string}` => `customer-${id}`;

/** The customer decider; only `RequestErasure` reads a context (the customer's complaints). */
export const customerDecider: Decider<
  CustomerCommand,
  CustomerEvent,
  CustomerState,
  ErasureContext,
  CustomerError
> = {
  decide: decideCustomer,
  evolve: evolveCustomer,
  initialState: initialCustomerState,
};

/** Customers, whole: ids, streams, stored events, commands and the decider. */
export const customerAggregate = defineAggregate({
  name: 'customer',
  id: CustomerId,
  streamId: customerStreamId,
  idOf: (command) => command.data.customerId,
  decider: customerDecider,
  events: storedEventCodec(customerEventPayloads),
  commands: customerCommandCodec,
  payloads: customerCommandPayloads,
  opening: ['RegisterCustomer'],
});
