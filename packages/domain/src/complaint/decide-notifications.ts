import * as E from 'fp-ts/Either';
import type { Of } from '../shared/messages';
import type { ComplaintCommand } from './commands';
import type { ComplaintError } from './errors';
import type { ComplaintEvent } from './events';
import type { FiledComplaint } from './state';

type Result = E.Either<ComplaintError, ReadonlyArray<ComplaintEvent>>;

/**
 * Records how an outbound message ended. A no-op when that message's delivery is already on
 * record (a worker that crashed after recording records again), and a failure after a delivery
 * records nothing; a delivery after a failure (an operator retried the dead letter) is recorded.
 * Closed complaints take it too: a message may be delivered after the case closed.
 */
export const recordNotificationDelivery = (
  { data, metadata }: Of<ComplaintCommand, 'RecordNotificationDelivery'>,
  s: FiledComplaint,
): Result => {
  const { complaintId, messageKey, topic, attempts, transport } = data;
  const recorded = s.notificationDeliveries.filter((d) => d.messageKey === messageKey);
  if (recorded.some((d) => d.outcome === 'delivered')) return E.right([]);
  if (data.outcome === 'delivered')
    return E.right([
      {
        type: 'NotificationDelivered',
        data: {
          complaintId,
          messageKey,
          topic,
          attempts,
          transport: transport ?? 'unknown',
          deliveredAt: metadata.now,
        },
      },
    ]);
  if (recorded.length > 0) return E.right([]);
  const reason = data.reason ?? 'gave up';
  return E.right([
    {
      type: 'NotificationDeliveryFailed',
      data: {
        complaintId,
        messageKey,
        topic,
        attempts,
        reason,
        failedAt: metadata.now,
        ...(transport === undefined ? {} : { transport }),
      },
    },
  ]);
};
