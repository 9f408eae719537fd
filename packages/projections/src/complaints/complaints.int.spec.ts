import { randomUUID } from 'node:crypto';
import type { Json } from '@casebook/event-store';
import { ProjectionRunner } from '../runner/projection-runner';
import { eventually, openProjectionTestbed, toAppend, type ProjectionTestbed } from '../testing';
import { complaintsProjection } from './complaints.projection';

let bed: ProjectionTestbed;
beforeAll(async () => (bed = await openProjectionTestbed()));
afterAll(() => bed.close());

const filed = (id: string, customerId: string): { readonly [k: string]: Json } => ({
  complaintId: id,
  customerId,
  channel: 'phone',
  category: 'delivery',
  description: 'Parcel lost',
  amountPaid: { minor: 4000, currency: 'GBP' },
  priority: 'urgent',
  regime: 'FCA_DISP',
  filedAt: '2024-03-01T09:00:00Z',
});

const row = async (id: string) =>
  (await bed.db.pool.query('SELECT * FROM complaints WHERE complaint_id = $1', [id])).rows[0] as
    Record<string, unknown> | undefined;

describe('complaints read model in PostgreSQL', () => {
  it('builds rows from the log, then follows a complaint live', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await bed.store.appendToStream(`complaint-${a}`, [
      toAppend('ComplaintFiled', filed(a, 'cust-1')),
      toAppend('ComplaintAssigned', {
        complaintId: a,
        ownerId: 'agent-1',
        team: 'logistics',
        assignedAt: '2024-03-01T09:30:00Z',
      }),
    ]);
    await bed.store.appendToStream(`complaint-${b}`, [toAppend('ComplaintFiled', filed(b, 'cust-2'))]);
    const runner = new ProjectionRunner({
      pool: bed.db.pool,
      store: bed.store,
      projection: complaintsProjection,
      pollIntervalMs: 200,
    });
    runner.start();
    try {
      await eventually(async () => (await row(b)) !== undefined);
      expect(await row(a)).toMatchObject({
        status: 'open',
        owner_id: 'agent-1',
        team: 'logistics',
        priority: 'urgent',
      });

      await bed.store.appendToStreams([
        {
          streamId: `complaint-${a}`,
          events: [
            toAppend('RefundLinked', {
              complaintId: a,
              refundId: 'r-1',
              amount: { minor: 4000, currency: 'GBP' },
              reason: 'lost_item',
            }),
            toAppend('ComplaintResolved', {
              complaintId: a,
              resolution: 'refunded',
              summaryResolution: true,
              resolvedAt: '2024-03-02T09:00:00Z',
            }),
            toAppend('ComplaintClosed', {
              complaintId: a,
              closure: 'summary_resolution',
              closedAt: '2024-03-02T09:05:00Z',
            }),
            toAppend('SatisfactionRated', {
              complaintId: a,
              rating: 'good',
              ratedAt: '2024-03-03T12:00:00Z',
            }),
          ],
        },
      ]);
      await eventually(async () => (await row(a))?.satisfaction === 'good');
      const head = await bed.store.headPosition();
      expect(await row(a)).toMatchObject({
        customer_id: 'cust-1',
        refund_count: 1,
        refund_total_minor: '4000',
        refund_currency: 'GBP',
        resolved_at: new Date('2024-03-02T09:00:00Z'),
        closed_at: new Date('2024-03-02T09:05:00Z'),
        status: 'closed',
        first_resolved_at: new Date('2024-03-02T09:00:00Z'),
        satisfaction_at: new Date('2024-03-03T12:00:00Z'),
        first_response_due_at: null,
        final_response_due_at: new Date('2024-04-26T09:00:00Z'),
        resolution_due_at: null,
        summary_resolution_due_at: new Date('2024-03-06T17:00:00Z'),
        last_event_position: head.toString(),
      });
      expect(await row(b)).toMatchObject({ status: 'open', owner_id: null, refund_total_minor: '0' });
    } finally {
      await runner.stop();
    }
  });
});
