import {
  escalationDecider,
  escalationEventCodec,
  escalationStreamId,
  type EscalationEvent,
  type EscalationId,
  type EscalationState,
} from '@casebook/domain';
import { storedCodec } from '../commands/stored-codec';
import { view } from '../queries/aggregate-view';

export const escalationCodec = storedCodec(escalationEventCodec);

export const escalationView = view<EscalationState, EscalationEvent>({
  resource: 'escalations',
  streamId: (id) => escalationStreamId(id as EscalationId),
  decider: escalationDecider,
  codec: escalationCodec,
});
