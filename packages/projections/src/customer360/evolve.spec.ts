import type { EventToAppend } from '@casebook/event-store';
import { foldAll } from '../runner/apply-page';
import {
  asStored,
  complaintFiled,
  customerRegistered,
  interactionEnded,
  interactionQueued,
  interactionStarted,
  refundRequested,
  toAppend,
} from '../testing';
import type { Customer360Row } from './customer360.entity';
import { customer360Projection } from './customer360.projection';
import { emptyCustomer360 } from './evolve';

const U = 'cust-1';
const fold = (events: EventToAppend[]): Map<string, Customer360Row> =>
  foldAll(customer360Projection, asStored(events));
const customer = (events: EventToAppend[]): Customer360Row | undefined => fold(events).get(U);

const reopened = (complaintId: string) =>
  toAppend('ComplaintReopened', { complaintId, reason: 'not fixed', reopenedAt: '2024-03-05T09:00:00Z' });
const closed = (complaintId: string) =>
  toAppend('ComplaintClosed', { complaintId, closure: 'final_response', closedAt: '2024-03-06T09:00:00Z' });
const rated = (complaintId: string, rating: string, ratedAt: string) =>
  toAppend('SatisfactionRated', { complaintId, rating, ratedAt });

describe('customer 360 read model: evolve', () => {
  it('gathers contacts, complaints, reopens, refunds and ratings into one row', () => {
    const row = customer([
      customerRegistered(U),
      interactionQueued('i-1', U, { queuedAt: '2024-03-01T08:50:00Z' }),
      toAppend('InteractionAccepted', {
        interactionId: 'i-1',
        agentId: 'agent-2',
        acceptedAt: '2024-03-01T08:55:00Z',
      }),
      interactionEnded('i-1', '2024-03-01T09:10:00Z'),
      interactionStarted('i-2', U, { channel: 'email', startedAt: '2024-03-04T10:00:00Z' }),
      complaintFiled('c-1', U, { filedAt: '2024-03-01T09:05:00Z' }),
      complaintFiled('c-2', U, { filedAt: '2024-03-03T09:00:00Z' }),
      reopened('c-1'),
      closed('c-1'),
      rated('c-1', 'bad', '2024-03-06T10:00:00Z'),
      refundRequested('r-1', 'c-1', U, { amount: { minor: 1500, currency: 'GBP' } }),
      refundRequested('r-2', 'c-2', U, { amount: { minor: 500, currency: 'GBP' } }),
    ]);
    expect(row).toEqual<Customer360Row>({
      ...emptyCustomer360(U, 0n),
      registeredAt: '2024-01-10T12:00:00Z',
      contactsTotal: 2,
      contactsPhone: 1,
      contactsEmail: 1,
      lastContactAt: '2024-03-04T10:00:00Z',
      complaintsTotal: 2,
      complaintsOpen: 1,
      lastComplaintAt: '2024-03-03T09:00:00Z',
      previousComplaintAt: '2024-03-01T09:05:00Z',
      reopenCount: 1,
      refundCount: 2,
      refundTotalMinor: 2000n,
      refundCurrency: 'GBP',
      latestSatisfaction: 'bad',
      latestSatisfactionAt: '2024-03-06T10:00:00Z',
      lastEventPosition: 12n,
    });
  });

  it('creates the row at the first event naming the customer, registered or not', () => {
    const contactFirst = [interactionStarted('i-1', U, { channel: 'web' })];
    expect(customer(contactFirst)).toEqual({
      ...emptyCustomer360(U, 1n),
      contactsTotal: 1,
      contactsWeb: 1,
      lastContactAt: '2024-03-01T10:00:00Z',
    });
    expect(customer([...contactFirst, customerRegistered(U)])?.registeredAt).toBe('2024-01-10T12:00:00Z');
    expect(customer([complaintFiled('c-1', U)])).toMatchObject({ complaintsTotal: 1, registeredAt: null });
    expect(customer([refundRequested('r-1', 'c-1', U)])).toMatchObject({
      refundCount: 1,
      complaintsTotal: 0,
    });
  });

  it('counts every channel under its own column', () => {
    const channels = ['phone', 'email', 'chat', 'sms', 'social', 'fax', 'mail', 'in_person', 'web'];
    const row = customer(channels.map((channel, i) => interactionQueued(`i-${i}`, U, { channel })));
    expect(row).toMatchObject({
      contactsTotal: 9,
      contactsPhone: 1,
      contactsEmail: 1,
      contactsChat: 1,
      contactsSms: 1,
      contactsSocial: 1,
      contactsFax: 1,
      contactsMail: 1,
      contactsInPerson: 1,
      contactsWeb: 1,
    });
  });

  it('takes the latest contact instant by time, an ending included, whatever order events arrive in', () => {
    const row = customer([
      interactionStarted('i-1', U, { startedAt: '2024-03-05T10:00:00Z' }),
      interactionQueued('i-2', U, { queuedAt: '2024-03-01T08:00:00Z' }),
      interactionEnded('i-2', '2024-03-01T08:30:00.500Z'),
    ]);
    expect(row?.lastContactAt).toBe('2024-03-05T10:00:00Z');
    const ended = customer([
      interactionStarted('i-1', U),
      interactionEnded('i-1', '2024-03-01T10:20:00.250Z'),
    ]);
    expect(ended?.lastContactAt).toBe('2024-03-01T10:20:00.250Z');
  });

  it('keeps the two latest filings by time, for "two complaints in 90 days"', () => {
    const row = customer([
      complaintFiled('c-1', U, { filedAt: '2024-02-01T09:00:00Z' }),
      complaintFiled('c-2', U, { filedAt: '2024-03-01T09:00:00Z' }),
      complaintFiled('c-3', U, { filedAt: '2024-02-15T09:00:00Z' }),
      complaintFiled('c-4', U, { filedAt: '2024-01-01T09:00:00Z' }),
    ]);
    expect(row).toMatchObject({
      complaintsTotal: 4,
      complaintsOpen: 4,
      lastComplaintAt: '2024-03-01T09:00:00Z',
      previousComplaintAt: '2024-02-15T09:00:00Z',
    });
  });

  it('counts a complaint open until it is closed: resolved still counts', () => {
    const resolved = toAppend('ComplaintResolved', {
      complaintId: 'c-1',
      resolution: 'refunded',
      summaryResolution: false,
      resolvedAt: '2024-03-04T09:00:00Z',
    });
    expect(customer([complaintFiled('c-1', U), resolved])?.complaintsOpen).toBe(1);
    expect(customer([complaintFiled('c-1', U), resolved, closed('c-1')])?.complaintsOpen).toBe(0);
  });

  it('sums requested refunds in one currency, and gives no total once currencies mix', () => {
    const row = customer([
      refundRequested('r-1', 'c-1', U),
      refundRequested('r-2', 'c-2', U, { amount: { minor: 100, currency: 'EUR' } }),
      refundRequested('r-3', 'c-1', U),
    ]);
    expect(row).toMatchObject({ refundCount: 3, refundTotalMinor: null, refundCurrency: null });
  });

  it("keeps the rating given last in time, across the customer's complaints", () => {
    const row = customer([
      complaintFiled('c-1', U),
      complaintFiled('c-2', U),
      rated('c-2', 'good', '2024-03-10T09:00:00Z'),
      rated('c-1', 'bad', '2024-03-08T09:00:00Z'),
    ]);
    expect(row).toMatchObject({ latestSatisfaction: 'good', latestSatisfactionAt: '2024-03-10T09:00:00Z' });
  });

  it("finds the customer of a complaint or contact through its link, and touches no other customer's row", () => {
    const rows = fold([
      complaintFiled('c-1', U),
      complaintFiled('c-2', 'cust-2'),
      interactionStarted('i-2', 'cust-2'),
      reopened('c-1'),
      closed('c-2'),
      interactionEnded('i-2', '2024-03-09T09:00:00Z'),
    ]);
    expect(rows.get(U)).toMatchObject({ reopenCount: 1, complaintsOpen: 1, lastContactAt: null });
    expect(rows.get('cust-2')).toMatchObject({
      reopenCount: 0,
      complaintsOpen: 0,
      lastContactAt: '2024-03-09T09:00:00Z',
    });
  });

  it('ignores events about a complaint or contact it never saw created', () => {
    expect(
      fold([
        closed('c-9'),
        rated('c-9', 'bad', '2024-03-06T10:00:00Z'),
        interactionEnded('i-9', '2024-03-01T10:00:00Z'),
      ]).size,
    ).toBe(0);
  });

  it('holds no personal data: no name, e-mail, phone or address column', () => {
    const columns = Object.values(customer360Projection.table.columns).map((c) => c.column);
    expect(columns.filter((c) => /name|email|phone|address/.test(c))).toEqual([
      'contacts_phone',
      'contacts_email',
    ]);
  });
});
