import { randomUUID } from 'node:crypto';
import { ProjectionRunner } from '../runner/projection-runner';
import {
  eventually,
  openProjectionTestbed,
  refundRequested,
  toAppend,
  type ProjectionTestbed,
} from '../testing';
import { refundLedgerProjection } from './refund-ledger.projection';

let bed: ProjectionTestbed;
beforeAll(async () => (bed = await openProjectionTestbed()));
afterAll(() => bed.close());

const row = async (id: string) =>
  (await bed.db.pool.query('SELECT * FROM refund_ledger WHERE refund_id = $1', [id])).rows[0] as
    Record<string, unknown> | undefined;

describe('refund ledger read model in PostgreSQL', () => {
  it('builds rows from the log, then follows a refund live', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await bed.store.appendToStream(`refund-${a}`, [
      refundRequested(a, 'c-1', 'cust-1', {
        amount: { minor: 9_000_000_000_000, currency: 'JPY' },
        requiresSupervisorApproval: true,
      }),
      toAppend('RefundApproved', {
        refundId: a,
        approvedBy: { kind: 'supervisor', id: 'sup-1' },
        approvedAt: '2024-03-02T10:00:00Z',
      }),
    ]);
    await bed.store.appendToStream(`refund-${b}`, [refundRequested(b, 'c-2', 'cust-2')]);
    const runner = new ProjectionRunner({
      pool: bed.db.pool,
      store: bed.store,
      projection: refundLedgerProjection,
      pollIntervalMs: 200,
    });
    runner.start();
    try {
      await eventually(async () => (await row(b)) !== undefined);
      expect(await row(a)).toMatchObject({
        complaint_id: 'c-1',
        customer_id: 'cust-1',
        kind: 'refund',
        reason: 'goodwill',
        currency: 'JPY',
        amount_minor: '9000000000000',
        status: 'approved',
        requires_supervisor_approval: true,
        requested_by: 'agent-1',
        requested_at: new Date('2024-03-02T09:00:00Z'),
        approved_at: new Date('2024-03-02T10:00:00Z'),
        issued_at: null,
      });

      await bed.store.appendToStream(`refund-${a}`, [
        toAppend('RefundIssued', {
          refundId: a,
          providerReference: 'psp-1',
          issuedAt: '2024-03-02T11:00:00Z',
        }),
      ]);
      await eventually(async () => (await row(a))?.status === 'issued');
      expect(await row(a)).toMatchObject({
        issued_at: new Date('2024-03-02T11:00:00Z'),
        last_event_position: (await bed.store.headPosition()).toString(),
      });
      expect(await row(b)).toMatchObject({ status: 'requested', requires_supervisor_approval: false });
    } finally {
      await runner.stop();
    }
  });
});
