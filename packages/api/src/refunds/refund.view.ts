import {
  refundDecider,
  refundEventCodec,
  refundStreamId,
  type RefundEvent,
  type RefundId,
  type RefundState,
} from '@casebook/domain';
import { storedCodec } from '../commands/stored-codec';
import { view } from '../queries/aggregate-view';

export const refundCodec = storedCodec(refundEventCodec);

export const refundView = view<RefundState, RefundEvent>({
  resource: 'refunds',
  streamId: (id) => refundStreamId(id as RefundId),
  decider: refundDecider,
  codec: refundCodec,
});
