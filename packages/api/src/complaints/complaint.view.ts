import {
  complaintDecider,
  complaintEventCodec,
  complaintStreamId,
  type ComplaintId,
  type ComplaintEvent,
  type ComplaintState,
} from '@casebook/domain';
import { storedCodec } from '../commands/stored-codec';
import { view } from '../queries/aggregate-view';

export const complaintCodec = storedCodec(complaintEventCodec);

export const complaintView = view<ComplaintState, ComplaintEvent>({
  resource: 'complaints',
  streamId: (id) => complaintStreamId(id as ComplaintId),
  decider: complaintDecider,
  codec: complaintCodec,
});
