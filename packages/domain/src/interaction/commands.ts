import { Channel } from '../shared/channel';
import { commandPayload } from '../shared/codec';
import { ActorId, ComplaintId, CustomerId, InteractionId } from '../shared/ids';
import { commandUnionCodec, type CommandOf } from '../shared/messages';
import { NonNegativeInt, Text } from '../shared/primitives';
import { Direction } from './codecs';

const id = { interactionId: InteractionId };
const contact = { customerId: CustomerId, channel: Channel, direction: Direction };

/**
 * Command payload codecs keyed by command type. Durations come from the telephony or chat
 * platform with the command: the domain has no clock to measure them.
 */
export const interactionCommandPayloads = {
  QueueInteraction: commandPayload('QueueInteraction', { ...id, ...contact }, { complaintId: ComplaintId }),
  AcceptInteraction: commandPayload('AcceptInteraction', { ...id, agentId: ActorId }),
  StartInteraction: commandPayload(
    'StartInteraction',
    { ...id, ...contact, agentId: ActorId },
    { complaintId: ComplaintId },
  ),
  PutInteractionOnHold: commandPayload('PutInteractionOnHold', id),
  ResumeInteraction: commandPayload('ResumeInteraction', id),
  LinkInteractionToComplaint: commandPayload('LinkInteractionToComplaint', {
    ...id,
    complaintId: ComplaintId,
  }),
  EndInteraction: commandPayload('EndInteraction', {
    ...id,
    summary: Text,
    talkSeconds: NonNegativeInt,
    holdSeconds: NonNegativeInt,
    wrapUpSeconds: NonNegativeInt,
  }),
} as const;

export type InteractionCommand = CommandOf<typeof interactionCommandPayloads>;
export type InteractionCommandType = InteractionCommand['type'];

export const interactionCommandCodec = commandUnionCodec('InteractionCommand', interactionCommandPayloads);
