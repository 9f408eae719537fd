import { randomUUID } from 'node:crypto';
import { ProjectionRunner } from '../runner/projection-runner';
import {
  complaintFiled,
  customerRegistered,
  eventually,
  interactionEnded,
  interactionQueued,
  openProjectionTestbed,
  refundRequested,
  toAppend,
  type ProjectionTestbed,
} from '../testing';
import { customer360Projection } from './customer360.projection';

let bed: ProjectionTestbed;
beforeAll(async () => (bed = await openProjectionTestbed()));
afterAll(() => bed.close());

const row = async (id: string) =>
  (await bed.db.pool.query('SELECT * FROM customer_360 WHERE customer_id = $1', [id])).rows[0] as
    Record<string, unknown> | undefined;

// Pages of two events, so links made in one page are looked up from the table in later ones.
const runner = () =>
  new ProjectionRunner({
    pool: bed.db.pool,
    store: bed.store,
    projection: customer360Projection,
    pageSize: 2,
    pollIntervalMs: 200,
  });

describe('customer 360 read model in PostgreSQL', () => {
  it('builds a customer from several streams, and follows linked events across pages and restarts', async () => {
    const [u, c, i] = [randomUUID(), randomUUID(), randomUUID()];
    await bed.store.appendToStream(`interaction-${i}`, [
      interactionQueued(i, u, { channel: 'chat', queuedAt: '2024-03-01T08:50:00Z' }),
    ]);
    await bed.store.appendToStream(`customer-${u}`, [customerRegistered(u)]);
    await bed.store.appendToStream(`complaint-${c}`, [
      complaintFiled(c, u, { filedAt: '2024-03-01T09:00:00Z' }),
    ]);
    await bed.store.appendToStream(`refund-r-${c}`, [
      refundRequested(`r-${c}`, c, u, { amount: { minor: 2500, currency: 'GBP' } }),
    ]);
    await bed.store.appendToStream(`interaction-${i}`, [interactionEnded(i, '2024-03-01T09:20:00Z')]);

    const head = (await bed.store.headPosition()).toString();
    const first = runner();
    first.start();
    try {
      await eventually(async () => (await row(u))?.last_event_position === head);
    } finally {
      await first.stop();
    }
    expect(await row(u)).toMatchObject({
      registered_at: new Date('2024-01-10T12:00:00Z'),
      contacts_total: 1,
      contacts_chat: 1,
      contacts_phone: 0,
      last_contact_at: new Date('2024-03-01T09:20:00Z'),
      complaints_total: 1,
      complaints_open: 1,
      last_complaint_at: new Date('2024-03-01T09:00:00Z'),
      previous_complaint_at: null,
      refund_total_minor: '2500',
      refund_currency: 'GBP',
      latest_satisfaction: null,
    });

    // A new runner finds the complaint's customer through the stored link.
    await bed.store.appendToStream(`complaint-${c}`, [
      toAppend('ComplaintClosed', {
        complaintId: c,
        closure: 'final_response',
        closedAt: '2024-03-05T09:00:00Z',
      }),
      toAppend('SatisfactionRated', { complaintId: c, rating: 'bad', ratedAt: '2024-03-06T09:00:00Z' }),
    ]);
    const second = runner();
    second.start();
    try {
      await eventually(async () => (await row(u))?.latest_satisfaction === 'bad');
      expect(await row(u)).toMatchObject({
        complaints_open: 0,
        latest_satisfaction_at: new Date('2024-03-06T09:00:00Z'),
        last_event_position: (await bed.store.headPosition()).toString(),
      });
    } finally {
      await second.stop();
    }
  });
});
