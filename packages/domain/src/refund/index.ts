import { defineAggregate } from '../shared/aggregate';
import type { Decider } from '../shared/decider';
import { storedEventCodec } from '../upcast/stored';
import { RefundId } from '../shared/ids';
import { refundCommandCodec, refundCommandPayloads, type RefundCommand } from './commands';
import type { RefundContext } from './context';
import { decideRefund } from './decide';
import type { RefundError } from './errors';
import { refundEventPayloads, type RefundEvent } from './events';
import { evolveRefund } from './evolve';
import { initialRefundState, type RefundState } from './state';

export * from './codecs';
export * from './commands';
export * from './context';
export * from './errors';
export * from './events';
export * from './state';
export { approvalLimitFor } from './decide-request';
export { decideRefund, isPayable } from './decide';
export { evolveRefund } from './evolve';

/** `refund-<id>`: the stream of one refund, bill adjustment or account credit. */
export const refundStreamId = (id: RefundId): `refund-${string}` => `refund-${id}`;

/** The refund decider. */
export const refundDecider: Decider<RefundCommand, RefundEvent, RefundState, RefundContext, RefundError> = {
  decide: decideRefund,
  evolve: evolveRefund,
  initialState: initialRefundState,
};

/** Refunds, whole: ids, streams, stored events, commands and the decider. */
export const refundAggregate = defineAggregate({
  name: 'refund',
  id: RefundId,
  streamId: refundStreamId,
  idOf: (command) => command.data.refundId,
  decider: refundDecider,
  events: storedEventCodec(refundEventPayloads),
  commands: refundCommandCodec,
  payloads: refundCommandPayloads,
  opening: ['RequestRefund'],
});
