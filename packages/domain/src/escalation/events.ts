import { eventPayload } from '../shared/codec';
import { ActorId, ComplaintId, EscalationId } from '../shared/ids';
import { Instant } from '../shared/instant';
import { eventUnionCodec, type EventOf } from '../shared/messages';
// Stored events read under the rules they were written with (see StoredText).
import { StoredLabel as Label, StoredText as Text } from '../shared/primitives';
import { EscalationLevel, EscalationTrigger } from './codecs';

const id = { escalationId: EscalationId };

/** Event payload codecs keyed by event type. */
export const escalationEventPayloads = {
  EscalationRaised: eventPayload(
    'EscalationRaised',
    {
      ...id,
      complaintId: ComplaintId,
      level: EscalationLevel,
      trigger: EscalationTrigger,
      reason: Text,
      raisedAt: Instant,
    },
    { cause: Label },
  ),
  EscalationAcknowledged: eventPayload('EscalationAcknowledged', {
    ...id,
    assigneeId: ActorId,
    acknowledgedAt: Instant,
  }),
  EscalationLevelRaised: eventPayload(
    'EscalationLevelRaised',
    { ...id, fromLevel: EscalationLevel, toLevel: EscalationLevel, reason: Text, raisedAt: Instant },
    { cause: Label },
  ),
  EscalationDeEscalated: eventPayload('EscalationDeEscalated', {
    ...id,
    reason: Text,
    deEscalatedAt: Instant,
  }),
  EscalationClosed: eventPayload('EscalationClosed', { ...id, resolution: Text, closedAt: Instant }),
} as const;

export type EscalationEvent = EventOf<typeof escalationEventPayloads>;
export type EscalationEventType = EscalationEvent['type'];

export const escalationEventCodec = eventUnionCodec('EscalationEvent', escalationEventPayloads);

/** Current schema version per event type. */
export const escalationEventSchemaVersions: Readonly<Record<EscalationEventType, number>> = {
  EscalationRaised: 1,
  EscalationAcknowledged: 1,
  EscalationLevelRaised: 1,
  EscalationDeEscalated: 1,
  EscalationClosed: 1,
};
