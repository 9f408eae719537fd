import { commandPayload, eventPayload } from '../shared/codec';
import { ComplaintId } from '../shared/ids';
import { Instant } from '../shared/instant';
import { Label, oneOf, PositiveInt, StoredLabel, StoredText, Text } from '../shared/primitives';

const id = { complaintId: ComplaintId };

/** How an outbound message about the complaint ended: sent, or given up on (a dead letter). */
export const DeliveryOutcome = oneOf(['delivered', 'failed'], 'DeliveryOutcome');

/**
 * Outbound messages about a complaint (its outbox messages) and what became of them: the
 * delivery worker records each outcome on the complaint, so its history shows who was told,
 * how, and when (docs/processes.md, "Notifications"). `messageKey` is the message's idempotency key.
 */
export const notificationDeliveryEvents = {
  NotificationDelivered: eventPayload('NotificationDelivered', {
    ...id,
    messageKey: StoredLabel,
    topic: StoredLabel,
    transport: StoredLabel,
    attempts: PositiveInt,
    deliveredAt: Instant,
  }),
  NotificationDeliveryFailed: eventPayload(
    'NotificationDeliveryFailed',
    {
      ...id,
      messageKey: StoredLabel,
      topic: StoredLabel,
      attempts: PositiveInt,
      reason: StoredText,
      failedAt: Instant,
    },
    { transport: StoredLabel },
  ),
} as const;

/** Sent by the delivery worker (the system actor) only: no HTTP route takes it. */
export const notificationDeliveryCommands = {
  RecordNotificationDelivery: commandPayload(
    'RecordNotificationDelivery',
    { ...id, messageKey: Label, topic: Label, outcome: DeliveryOutcome, attempts: PositiveInt },
    { transport: Label, reason: Text },
  ),
} as const;
