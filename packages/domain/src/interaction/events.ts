import { Channel } from '../shared/channel';
import { eventPayload } from '../shared/codec';
import { ActorId, ComplaintId, CustomerId, InteractionId } from '../shared/ids';
import { Instant } from '../shared/instant';
import { eventUnionCodec, type EventOf } from '../shared/messages';
import { personal } from '../shared/personal';
// Stored events read under the rules they were written with (see StoredText).
import { NonNegativeInt, StoredText as Text } from '../shared/primitives';
import { Direction } from './codecs';

const id = { interactionId: InteractionId };
const contact = { customerId: CustomerId, channel: Channel, direction: Direction };

/** Event payload codecs keyed by event type. */
export const interactionEventPayloads = {
  InteractionQueued: eventPayload(
    'InteractionQueued',
    { ...id, ...contact, queuedAt: Instant },
    { complaintId: ComplaintId },
  ),
  InteractionAccepted: eventPayload('InteractionAccepted', { ...id, agentId: ActorId, acceptedAt: Instant }),
  InteractionStarted: eventPayload(
    'InteractionStarted',
    { ...id, ...contact, agentId: ActorId, startedAt: Instant },
    { complaintId: ComplaintId },
  ),
  InteractionPutOnHold: eventPayload('InteractionPutOnHold', { ...id, heldAt: Instant }),
  InteractionResumed: eventPayload('InteractionResumed', { ...id, resumedAt: Instant }),
  InteractionLinkedToComplaint: eventPayload('InteractionLinkedToComplaint', {
    ...id,
    complaintId: ComplaintId,
  }),
  InteractionEnded: eventPayload('InteractionEnded', {
    ...id,
    /** Personal data: reads as `ERASED` once the customer's key is destroyed. */
    summary: personal(Text),
    talkSeconds: NonNegativeInt,
    holdSeconds: NonNegativeInt,
    wrapUpSeconds: NonNegativeInt,
    endedAt: Instant,
  }),
} as const;

export type InteractionEvent = EventOf<typeof interactionEventPayloads>;
export type InteractionEventType = InteractionEvent['type'];

export const interactionEventCodec = eventUnionCodec('InteractionEvent', interactionEventPayloads);

/** Current schema version per event type. */
export const interactionEventSchemaVersions: Readonly<Record<InteractionEventType, number>> = {
  InteractionQueued: 1,
  InteractionAccepted: 1,
  InteractionStarted: 1,
  InteractionPutOnHold: 1,
  InteractionResumed: 1,
  InteractionLinkedToComplaint: 1,
  InteractionEnded: 1,
};
