import { specFor } from '../testing';
import { cmd, complaintId, ev, filed, now } from './complaint.fixtures';
import { complaintDecider } from './index';

const { given } = specFor(complaintDecider);

const key = 'customer.notified:evt-1';
const base = { complaintId, messageKey: key, topic: 'customer.notified', transport: 'webhook' } as const;
const record = (outcome: 'delivered' | 'failed', attempts: number, reason?: string) =>
  cmd(
    'RecordNotificationDelivery',
    { ...base, outcome, attempts, ...(reason === undefined ? {} : { reason }) },
    'service',
    'process:outbox',
  );
const delivered = (attempts: number) => ev('NotificationDelivered', { ...base, attempts, deliveredAt: now });
const failed = (attempts: number, reason: string) =>
  ev('NotificationDeliveryFailed', { ...base, attempts, reason, failedAt: now });
const closed = ev('ComplaintClosed', { complaintId, closure: 'final_response', closedAt: now });

describe('complaint: recording notification deliveries', () => {
  it('records a delivery once per message key', () => {
    given([filed()])
      .when(record('delivered', 3))
      .then([delivered(3)]);
    given([filed(), delivered(3)])
      .when(record('delivered', 3))
      .thenNothingHappens();
  });

  it('records a dead letter once, and nothing after a delivery', () => {
    given([filed()])
      .when(record('failed', 8, 'HTTP 500'))
      .then([failed(8, 'HTTP 500')]);
    given([filed(), failed(8, 'HTTP 500')])
      .when(record('failed', 8, 'HTTP 500'))
      .thenNothingHappens();
    given([filed(), delivered(1)])
      .when(record('failed', 2, 'late'))
      .thenNothingHappens();
  });

  it('records a delivery after a dead letter an operator retried', () => {
    given([filed(), failed(8, 'HTTP 500')])
      .when(record('delivered', 1))
      .then([delivered(1)]);
  });

  it('records on a closed complaint, and refuses an unknown one', () => {
    given([filed(), closed])
      .when(record('delivered', 1))
      .then([delivered(1)]);
    given([]).when(record('delivered', 1)).thenFails('ComplaintNotFound');
  });
});
