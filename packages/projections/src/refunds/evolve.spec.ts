import type { EventToAppend } from '@casebook/event-store';
import { foldAll } from '../runner/apply-page';
import { asStored, refundRequested, toAppend } from '../testing';
import type { RefundLedgerRow } from './refund-ledger.entity';
import { refundLedgerProjection } from './refund-ledger.projection';

const R = 'r-1';
const ledger = (events: EventToAppend[]): Map<string, RefundLedgerRow> =>
  foldAll(refundLedgerProjection, asStored(events));
const refund = (events: EventToAppend[]): RefundLedgerRow | undefined => ledger(events).get(R);

const requested = refundRequested(R, 'c-1', 'cust-1', {
  kind: 'bill_adjustment',
  amount: { minor: 12_000, currency: 'EUR' },
  reason: 'billing_error',
  requestedBy: { kind: 'agent', id: 'agent-3' },
  requestedAt: '2024-03-02T09:00:00Z',
  approvalLimit: { minor: 10_000, currency: 'EUR' },
  requiresSupervisorApproval: true,
});
const approved = toAppend('RefundApproved', {
  refundId: R,
  approvedBy: { kind: 'supervisor', id: 'sup-1' },
  approvedAt: '2024-03-02T10:00:00Z',
});
const issued = toAppend('RefundIssued', {
  refundId: R,
  providerReference: 'psp-1',
  issuedAt: '2024-03-02T11:00:00Z',
});

describe('refund ledger read model: evolve', () => {
  it('records a request with its amount, requester and approval rule, then each status with its instant', () => {
    const row = refund([
      requested,
      approved,
      issued,
      toAppend('RefundSettled', { refundId: R, settledAt: '2024-03-04T09:00:00Z' }),
    ]);
    expect(row).toEqual<RefundLedgerRow>({
      refundId: R,
      complaintId: 'c-1',
      customerId: 'cust-1',
      kind: 'bill_adjustment',
      reason: 'billing_error',
      currency: 'EUR',
      amountMinor: 12_000n,
      status: 'settled',
      requiresSupervisorApproval: true,
      requestedBy: 'agent-3',
      requestedAt: '2024-03-02T09:00:00Z',
      approvedAt: '2024-03-02T10:00:00Z',
      rejectedAt: null,
      issuedAt: '2024-03-02T11:00:00Z',
      settledAt: '2024-03-04T09:00:00Z',
      failedAt: null,
      lastEventPosition: 4n,
    });
  });

  it('starts requested and follows the domain through approval and issue', () => {
    expect(refund([requested])).toMatchObject({ status: 'requested', approvedAt: null });
    expect(refund([requested, approved])).toMatchObject({ status: 'approved' });
    expect(refund([requested, approved, issued])).toMatchObject({ status: 'issued' });
  });

  it('ends rejected, or failed after issue', () => {
    const rejected = toAppend('RefundRejected', {
      refundId: R,
      rejectedBy: { kind: 'supervisor', id: 'sup-1' },
      reason: 'not eligible',
      rejectedAt: '2024-03-02T10:30:00Z',
    });
    expect(refund([requested, rejected])).toMatchObject({
      status: 'rejected',
      rejectedAt: '2024-03-02T10:30:00Z',
    });
    const failed = toAppend('RefundFailed', {
      refundId: R,
      failureReason: 'card closed',
      failedAt: '2024-03-03T09:00:00Z',
    });
    expect(refund([requested, approved, issued, failed])).toMatchObject({
      status: 'failed',
      issuedAt: '2024-03-02T11:00:00Z',
      failedAt: '2024-03-03T09:00:00Z',
    });
  });

  it('keeps one row per refund', () => {
    const rows = ledger([requested, refundRequested('r-2', 'c-1', 'cust-1'), approved]);
    expect([...rows.keys()].sort()).toEqual(['r-1', 'r-2']);
    expect(rows.get('r-2')).toMatchObject({ status: 'requested', amountMinor: 1500n, currency: 'GBP' });
  });

  it('ignores events of a refund whose request it never saw', () => {
    expect(ledger([approved, issued]).size).toBe(0);
  });
});
