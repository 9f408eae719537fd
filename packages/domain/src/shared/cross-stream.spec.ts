import { closeContextFrom } from '../complaint/context';
import { complaintDecider } from '../complaint';
import { ev, filed, gbp, london } from '../complaint/complaint.fixtures';
import { escalationContextFrom } from '../escalation/context';
import { refundContextFrom } from '../refund/context';
import { fold } from './decider';

/** A complaint that has linked refunds r-1, r-2 and escalations e-1, e-2. */
const complaint = fold(complaintDecider.evolve, complaintDecider.initialState, [
  filed(),
  ev('RefundLinked', { complaintId: 'c-1', refundId: 'r-1', amount: gbp(1000), reason: 'duplicate' }),
  ev('RefundLinked', { complaintId: 'c-1', refundId: 'r-2', amount: gbp(500), reason: 'duplicate' }),
  ev('EscalationLinked', { complaintId: 'c-1', escalationId: 'e-1' }),
  ev('EscalationLinked', { complaintId: 'c-1', escalationId: 'e-2' }),
  ev('ReturnLinked', { complaintId: 'c-1', returnId: 'ret-1' }),
]);
const limits = { agent: { GBP: 100 } };

describe('contexts built from the states of linked streams', () => {
  it('reports every linked refund, escalation and return with its status for closing', () => {
    const refunds = new Map([
      ['r-1', { status: 'settled' as const }],
      ['r-2', { status: 'failed' as const }],
    ]);
    const escalations = new Map([
      ['e-1', { status: 'closed' as const }],
      ['e-2', { status: 'acknowledged' as const }],
    ]);
    const returns = new Map([['ret-1', { status: 'inspected' as const }]]);
    expect(closeContextFrom(complaint, refunds, escalations, london, returns)).toEqual({
      refunds: [
        { refundId: 'r-1', amount: gbp(1000), status: 'settled' },
        { refundId: 'r-2', amount: gbp(500), status: 'failed' },
      ],
      escalations: [
        { escalationId: 'e-1', status: 'closed' },
        { escalationId: 'e-2', status: 'acknowledged' },
      ],
      returns: [{ returnId: 'ret-1', status: 'inspected' }],
      calendar: london,
    });
  });

  it('counts a linked refund it cannot read as requested, in both contexts', () => {
    const unread = new Map([['r-1', { status: 'none' as const }]]);
    const close = closeContextFrom(complaint, unread, new Map(), london);
    expect(close.refunds.map((r) => r.status)).toEqual(['requested', 'requested']);
    expect(close.escalations.map((e) => e.status)).toEqual(['raised', 'raised']);
    expect(close.returns?.map((r) => r.status)).toEqual(['requested']);
    const request = refundContextFrom(complaint, unread, limits);
    expect(request.complaint?.refunds.map((r) => r.status)).toEqual(['requested', 'requested']);
  });

  it('gives a refund request no complaint when its stream does not exist', () => {
    expect(refundContextFrom(undefined, new Map(), limits)).toEqual({
      complaint: null,
      approvalLimits: limits,
    });
    expect(escalationContextFrom(undefined, new Map())).toEqual({ complaint: null });
  });

  it('finds the open escalation: one not closed, or one it cannot read', () => {
    const oneOpen = new Map([
      ['e-1', { status: 'closed' as const }],
      ['e-2', { status: 'raised' as const }],
    ]);
    expect(escalationContextFrom(complaint, oneOpen).complaint?.openEscalationId).toBe('e-2');
    const allClosed = new Map([
      ['e-1', { status: 'closed' as const }],
      ['e-2', { status: 'closed' as const }],
    ]);
    expect(escalationContextFrom(complaint, allClosed).complaint?.openEscalationId).toBeNull();
    const unread = new Map([['e-1', { status: 'closed' as const }]]);
    expect(escalationContextFrom(complaint, unread).complaint?.openEscalationId).toBe('e-2');
  });
});
