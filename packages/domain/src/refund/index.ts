import type { Decider } from '../shared/decider';
import type { RefundId } from '../shared/ids';
import type { RefundCommand } from './commands';
import type { RefundContext } from './context';
import { decideRefund } from './decide';
import type { RefundError } from './errors';
import type { RefundEvent } from './events';
import { evolveRefund } from './evolve';
import { initialRefundState, type RefundState } from './state';

export * from './codecs';
export * from './commands';
export * from './context';
export * from './errors';
export * from './events';
export * from './state';
export { approvalLimitFor } from './decide-request';
export { decideRefund } from './decide';
export { evolveRefund } from './evolve';

/** `refund-<id>`: the stream of one refund, bill adjustment or account credit. */
export const refundStreamId = (id: RefundId): `refund-${string}` => `refund-${id}`;

/** The refund decider. */
export const refundDecider: Decider<RefundCommand, RefundEvent, RefundState, RefundContext, RefundError> = {
  decide: decideRefund,
  evolve: evolveRefund,
  initialState: initialRefundState,
};
