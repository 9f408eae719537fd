import { complaintFiled, openProjectionTestbed, toAppend, type ProjectionTestbed } from '../../testing';
import { ProcessRunner } from '../process-runner';
import { customerNotifiedKey, notificationsProcess } from './notifications.process';

let bed: ProjectionTestbed;
beforeAll(async () => (bed = await openProjectionTestbed()));
afterAll(() => bed.close());

const notified = (complaintId: string, notificationId: string) =>
  toAppend('CustomerNotified', {
    complaintId,
    notificationId,
    kind: 'shipment',
    message: 'Your replacement left the warehouse',
    notifiedAt: '2026-03-02T09:00:00Z',
  });

const messages = async () =>
  (
    await bed.db.pool.query<{
      key: string;
      topic: string;
      recipient: unknown;
      complaint_id: string;
      body: unknown;
    }>('SELECT key, topic, recipient, complaint_id, subject, body, causation_id FROM outbox ORDER BY id')
  ).rows;

/**
 * Until the stream's last event is below the readable head: a transaction open anywhere on the
 * server (other test files) holds the head back, and the process's starting point is that head.
 */
const readable = async (streamId: string) => {
  const { events } = await bed.store.readStream(streamId);
  const last = events[events.length - 1]!.globalPosition;
  const deadline = Date.now() + 10_000;
  while ((await bed.store.headPosition()) < last) {
    if (Date.now() > deadline) throw new Error(`${streamId} not readable`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

const runUntil = async (runner: ProcessRunner, position: bigint) => {
  runner.start();
  const deadline = Date.now() + 10_000;
  while (runner.checkpoint < position) {
    if (Date.now() > deadline) throw new Error('the process did not catch up');
    await new Promise((r) => setTimeout(r, 20));
  }
  await runner.stop();
};

describe('the notifications process', () => {
  it('starts at the head, then queues one message per CustomerNotified to the complaint customer', async () => {
    const before = notified('c-old', 'n-0');
    await bed.store.appendToStream('complaint-c-old', [complaintFiled('c-old', 'cust-0'), before]);
    await readable('complaint-c-old');
    const runner = () =>
      new ProcessRunner({
        pool: bed.db.pool,
        store: bed.store,
        process: notificationsProcess,
        pollIntervalMs: 20,
      });
    await runUntil(runner(), await bed.store.headPosition());
    expect(await messages()).toEqual([]); // last year's notices are not sent

    const first = notified('c-1', 'n-1');
    await bed.store.appendToStream('complaint-c-1', [
      complaintFiled('c-1', 'cust-1'),
      first,
      notified('c-1', 'n-2'),
    ]);
    await runUntil(runner(), await bed.store.headPosition());
    const queued = await messages();
    expect(queued).toHaveLength(2);
    expect(queued[0]).toEqual({
      key: customerNotifiedKey(first.eventId),
      topic: 'customer.notified',
      recipient: { kind: 'customer', customerId: 'cust-1' },
      complaint_id: 'c-1',
      subject: 'Your replacement is on its way',
      body: expect.objectContaining({
        notificationId: 'n-1',
        message: 'Your replacement left the warehouse',
      }),
      causation_id: first.eventId,
    });

    // Read again from the start (a checkpoint set back by hand): the keys add nothing twice;
    // only the notice before the first start is new to the outbox.
    await bed.db.pool.query("UPDATE process_checkpoints SET position = 0 WHERE name = 'notifications'");
    await runUntil(runner(), await bed.store.headPosition());
    expect((await messages()).map((m) => m.key)).toEqual([
      ...queued.map((m) => m.key),
      customerNotifiedKey(before.eventId),
    ]);
  });
});
