import type { Json, StoredEvent } from '@casebook/event-store';
import { stringField } from '../../read-models/decode';
import type { ProcessManager, ReactContext } from '../process';
import { refundOutcomeMessage } from './refund-outcomes';

export const NOTIFICATIONS_PROCESS = 'notifications';
export const CUSTOMER_NOTIFIED_TOPIC = 'customer.notified';

/** The outbox key of the message a `CustomerNotified` event sends: one per event, for ever. */
export const customerNotifiedKey = (eventId: string): string => `${CUSTOMER_NOTIFIED_TOPIC}:${eventId}`;

const SUBJECTS: Readonly<Record<string, string>> = {
  shipment: 'Your replacement is on its way',
  refund_sent: 'Your refund has been sent',
  progress: 'An update on your complaint',
};

/** The customer a complaint belongs to, from its `ComplaintFiled`; null when it has none. */
async function customerOf(context: ReactContext, complaintId: string): Promise<string | null> {
  const { events } = await context.store.readStream(`complaint-${complaintId}`, { maxCount: 1 });
  const filed = events[0];
  return filed?.type === 'ComplaintFiled' ? stringField(filed, 'customerId') : null;
}

/**
 * Tells customers what a `CustomerNotified` fact says, and refund outcomes (a settled refund to
 * the customer, a failed one to the complaint's owner: `refundOutcomeMessage`): one outbox message per event, keyed by the event's id (a replay or a second runner adds nothing). The
 * address is resolved when the message is delivered, so an erased customer is told nothing.
 * Starts at the head of the log: installing it never e-mails customers about last year's facts.
 */
export const notificationsProcess: ProcessManager = {
  name: NOTIFICATIONS_PROCESS,
  eventTypes: ['CustomerNotified', 'RefundSettled', 'RefundFailed'],
  startFrom: 'now',
  async react(event: StoredEvent, context: ReactContext): Promise<void> {
    if (event.type !== 'CustomerNotified') {
      const message = await refundOutcomeMessage(event, context);
      if (message !== null) context.enqueue(message);
      return;
    }
    const complaintId = stringField(event, 'complaintId');
    if (complaintId === null) return;
    const customerId = await customerOf(context, complaintId);
    if (customerId === null) return;
    const kind = stringField(event, 'kind') ?? 'progress';
    const body: Json = {
      complaintId,
      notificationId: stringField(event, 'notificationId'),
      kind,
      message: stringField(event, 'message'),
      notifiedAt: stringField(event, 'notifiedAt'),
    };
    context.enqueue({
      key: customerNotifiedKey(event.eventId),
      topic: CUSTOMER_NOTIFIED_TOPIC,
      recipient: { kind: 'customer', customerId },
      complaintId,
      subject: SUBJECTS[kind] ?? SUBJECTS.progress!,
      body,
      causationId: event.eventId,
      correlationId: event.metadata.correlationId,
    });
  },
  timers: {},
};
