import { randomUUID } from 'node:crypto';
import { ProjectionRunner } from '../runner/projection-runner';
import {
  eventually,
  interactionEnded,
  interactionQueued,
  interactionStarted,
  openProjectionTestbed,
  toAppend,
  type ProjectionTestbed,
} from '../testing';
import { interactionsProjection } from './interactions.projection';

let bed: ProjectionTestbed;
beforeAll(async () => (bed = await openProjectionTestbed()));
afterAll(() => bed.close());

const row = async (id: string) =>
  (await bed.db.pool.query('SELECT * FROM interactions WHERE interaction_id = $1', [id])).rows[0] as
    Record<string, unknown> | undefined;

describe('interactions read model in PostgreSQL', () => {
  it('builds rows from the log, then follows a contact live to its end', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await bed.store.appendToStream(`interaction-${a}`, [
      interactionQueued(a, 'cust-1', { queuedAt: '2024-03-01T08:50:00Z' }),
      toAppend('InteractionAccepted', {
        interactionId: a,
        agentId: 'agent-2',
        acceptedAt: '2024-03-01T08:52:00Z',
      }),
    ]);
    await bed.store.appendToStream(`interaction-${b}`, [
      interactionStarted(b, 'cust-2', { complaintId: 'c-1' }),
    ]);
    const runner = new ProjectionRunner({
      pool: bed.db.pool,
      store: bed.store,
      projection: interactionsProjection,
      pollIntervalMs: 200,
    });
    runner.start();
    try {
      await eventually(async () => (await row(b)) !== undefined);
      expect(await row(a)).toMatchObject({
        customer_id: 'cust-1',
        channel: 'phone',
        direction: 'inbound',
        status: 'active',
        agent_id: 'agent-2',
        complaint_id: null,
        queued_at: new Date('2024-03-01T08:50:00Z'),
        started_at: new Date('2024-03-01T08:52:00Z'),
        talk_seconds: null,
      });
      expect(await row(b)).toMatchObject({ status: 'active', complaint_id: 'c-1', queued_at: null });

      await bed.store.appendToStream(`interaction-${a}`, [
        interactionEnded(a, '2024-03-01T09:10:00Z'),
        toAppend('InteractionLinkedToComplaint', { interactionId: a, complaintId: 'c-2' }),
      ]);
      await eventually(async () => (await row(a))?.complaint_id === 'c-2');
      expect(await row(a)).toMatchObject({
        status: 'ended',
        ended_at: new Date('2024-03-01T09:10:00Z'),
        talk_seconds: 300,
        hold_seconds: 30,
        wrap_up_seconds: 60,
        last_event_position: (await bed.store.headPosition()).toString(),
      });
    } finally {
      await runner.stop();
    }
  });
});
