import type { StoredEvent } from '@casebook/event-store';
import { foldAll } from '../runner/apply-page';
import { complaintsProjection } from './complaints.projection';
import type { ComplaintRow } from './complaint.entity';

const C = 'c-1';
let position = 0n;
const stored = (type: string, data: Record<string, unknown>, schemaVersion = 1): StoredEvent => ({
  eventId: `e-${++position}`,
  streamId: `complaint-${C}`,
  streamPosition: position - 1n,
  globalPosition: position * 10n,
  type,
  schemaVersion,
  data: { complaintId: C, ...data },
  metadata: { actor: { kind: 'agent', id: 'a' }, correlationId: 'x', causationId: 'x', occurredAt: 'x' },
  recordedAt: new Date(0),
  hash: '',
});

const filedV1 = {
  customerId: 'cust-1',
  channel: 'email',
  category: 'billing',
  description: 'Charged twice',
  amountPaid: { minor: 5000, currency: 'GBP' },
  priority: 'high',
  filedAt: '2024-03-01T09:00:00Z',
};
const filed = () => stored('ComplaintFiled', { ...filedV1, regime: 'FCA_DISP' }, 2);
const refund = (refundId: string, minor: number, currency = 'GBP') =>
  stored('RefundLinked', { refundId, amount: { minor, currency }, reason: 'goodwill' });

const fold = (events: StoredEvent[]): ComplaintRow | null =>
  events.reduce<ComplaintRow | null>((row, e) => complaintsProjection.evolve(row, e, { mode: 'live' }), null);

describe('complaints read model: evolve', () => {
  beforeEach(() => (position = 0n));

  it('files, acknowledges, assigns, transfers, responds, resolves and closes', () => {
    const row = fold([
      filed(),
      stored('ComplaintAcknowledged', { acknowledgedAt: '2024-03-01T10:00:00Z' }),
      stored('ComplaintAssigned', {
        ownerId: 'agent-1',
        team: 'billing',
        assignedAt: '2024-03-01T10:05:00Z',
      }),
      stored('ComplaintTransferred', {
        fromTeam: 'billing',
        toTeam: 'disputes',
        ownerId: 'agent-1',
        reason: 'needs disputes',
        transferredAt: '2024-03-01T11:00:00Z',
      }),
      stored('HoldingResponseSent', { message: 'on it', sentAt: '2024-03-02T09:00:00Z' }),
      stored('FinalResponseSent', {
        outcome: 'upheld',
        referralRightsStated: true,
        message: 'sorry',
        sentAt: '2024-03-05T09:00:00Z',
      }),
      stored('ComplaintResolved', {
        resolution: 'refunded',
        summaryResolution: false,
        resolvedAt: '2024-03-05T10:00:00Z',
      }),
      stored('ComplaintClosed', { closure: 'final_response', closedAt: '2024-03-06T10:00:00Z' }),
    ]);
    expect(row).toEqual<ComplaintRow>({
      complaintId: C,
      customerId: 'cust-1',
      status: 'closed',
      ownerId: 'agent-1',
      team: 'disputes',
      channel: 'email',
      category: 'billing',
      priority: 'high',
      regime: 'FCA_DISP',
      filedAt: '2024-03-01T09:00:00Z',
      acknowledgedAt: '2024-03-01T10:00:00Z',
      firstResponseAt: '2024-03-02T09:00:00Z',
      finalResponseAt: '2024-03-05T09:00:00Z',
      resolvedAt: '2024-03-05T10:00:00Z',
      closedAt: '2024-03-06T10:00:00Z',
      escalationCount: 0,
      escalationLevel: null,
      refundCount: 0,
      refundTotalMinor: 0n,
      refundCurrency: null,
      reopenCount: 0,
      transferCount: 1,
      // FCA DISP, filed Friday 09:00 London: 8 weeks, and close of business on the 3rd business day.
      firstResponseDueAt: null,
      finalResponseDueAt: '2024-04-26T09:00:00.000Z',
      resolutionDueAt: null,
      summaryResolutionDueAt: '2024-03-06T17:00:00.000Z',
      firstResolvedAt: '2024-03-05T10:00:00Z',
      satisfaction: null,
      satisfactionAt: null,
      slaPolicy: 'FCA_DISP@1',
      slaBreachCount: 0,
      firstBreachedAt: null,
      lastEventPosition: 80n,
    });
  });

  it('reads a v1 ComplaintFiled (no regime) through the domain upcaster as regime NONE', () => {
    expect(fold([stored('ComplaintFiled', filedV1, 1)])).toMatchObject({ regime: 'NONE', status: 'open' });
  });

  it('counts reopens and clears the resolution a reopen undoes, but keeps the first resolution', () => {
    const resolved = (resolvedAt: string) =>
      stored('ComplaintResolved', { resolution: 'r', summaryResolution: false, resolvedAt });
    const reopened = [
      filed(),
      resolved('2024-03-02T09:00:00Z'),
      stored('ComplaintReopened', { reason: 'not fixed', reopenedAt: '2024-03-03T09:00:00Z' }),
    ];
    expect(fold(reopened)).toMatchObject({
      status: 'open',
      resolvedAt: null,
      firstResolvedAt: '2024-03-02T09:00:00Z',
      reopenCount: 1,
    });
    expect(fold([...reopened, resolved('2024-03-04T09:00:00Z')])).toMatchObject({
      resolvedAt: '2024-03-04T09:00:00Z',
      firstResolvedAt: '2024-03-02T09:00:00Z',
    });
  });

  it('records the satisfaction rating, after close too', () => {
    const row = fold([
      filed(),
      stored('ComplaintResolved', {
        resolution: 'r',
        summaryResolution: true,
        resolvedAt: '2024-03-02T09:00:00Z',
      }),
      stored('ComplaintClosed', { closure: 'summary_resolution', closedAt: '2024-03-02T10:00:00Z' }),
      stored('SatisfactionRated', { rating: 'bad', reason: 'slow', ratedAt: '2024-03-03T09:00:00Z' }),
    ]);
    expect(row).toMatchObject({
      status: 'closed',
      satisfaction: 'bad',
      satisfactionAt: '2024-03-03T09:00:00Z',
    });
  });

  it('follows information requests and holds in the status', () => {
    const asked = [
      filed(),
      stored('InformationRequested', { requestId: 'r1', question: '?', requestedAt: '2024-03-01T12:00:00Z' }),
    ];
    expect(fold(asked)?.status).toBe('awaiting_customer');
    expect(
      fold([...asked, stored('ComplaintPutOnHold', { reason: 'wait', heldAt: '2024-03-01T13:00:00Z' })])
        ?.status,
    ).toBe('on_hold');
  });

  it('sums linked refunds in one currency, and gives no total when currencies mix', () => {
    expect(fold([filed(), refund('r-1', 1200), refund('r-2', 300)])).toMatchObject({
      refundCount: 2,
      refundTotalMinor: 1500n,
      refundCurrency: 'GBP',
    });
    expect(fold([filed(), refund('r-1', 1200), refund('r-2', 300, 'EUR'), refund('r-3', 1)])).toMatchObject({
      refundCount: 3,
      refundTotalMinor: null,
      refundCurrency: null,
    });
  });

  it('counts linked escalations and keeps the highest level raised', () => {
    const raised = (escalationId: string, level: number) =>
      stored('EscalationRaised', {
        escalationId,
        level,
        trigger: 'manual',
        reason: 'r',
        raisedAt: '2024-03-02T09:00:00Z',
      });
    const row = fold([
      filed(),
      raised('e-1', 2),
      stored('EscalationLinked', { escalationId: 'e-1' }),
      raised('e-2', 1),
      stored('EscalationLinked', { escalationId: 'e-2' }),
    ]);
    expect(row).toMatchObject({ escalationCount: 2, escalationLevel: 2 });
  });

  it('follows a level raise through the link its escalation made', () => {
    const levelRaised = { ...stored('EscalationLevelRaised', {}), streamId: 'escalation-e-1' };
    const events = [
      filed(),
      stored('EscalationRaised', {
        escalationId: 'e-1',
        level: 1,
        trigger: 'manual',
        reason: 'r',
        raisedAt: '2024-03-02T09:00:00Z',
      }),
      {
        ...levelRaised,
        // The payload names only the escalation: no complaintId.
        data: {
          escalationId: 'e-1',
          fromLevel: 1,
          toLevel: 3,
          reason: 'no reply',
          raisedAt: '2024-03-03T09:00:00Z',
        },
      },
    ];
    expect(foldAll(complaintsProjection, events).get(C)).toMatchObject({ escalationLevel: 3 });
  });

  it('ignores events of a complaint whose filing it never saw, and refuses undecodable payloads', () => {
    expect(fold([stored('ComplaintAcknowledged', { acknowledgedAt: '2024-03-01T10:00:00Z' })])).toBeNull();
    expect(() => fold([stored('ComplaintFiled', { customerId: 'x' }, 2)])).toThrow(
      /cannot read event \d+ \(ComplaintFiled\): channel: is required/,
    );
  });
});
