import type { Channel, DomainEvent } from '@casebook/domain';
import type { StoredEvent } from '@casebook/event-store';
import { decodeStored, type EventOfType as Of } from '../read-models/decode';
import { addRefund, isAfter, laterOf } from '../read-models/values';
import type { Customer360Row } from './customer360.entity';

type ContactField = keyof Customer360Row &
  `contacts${'Phone' | 'Email' | 'Chat' | 'Sms' | 'Social' | 'Fax' | 'Mail' | 'InPerson' | 'Web'}`;

const contactField: Readonly<Record<Channel, ContactField>> = {
  phone: 'contactsPhone',
  email: 'contactsEmail',
  chat: 'contactsChat',
  sms: 'contactsSms',
  social: 'contactsSocial',
  fax: 'contactsFax',
  mail: 'contactsMail',
  in_person: 'contactsInPerson',
  web: 'contactsWeb',
};

/** A customer with nothing counted yet. */
export const emptyCustomer360 = (customerId: string, position: bigint): Customer360Row => ({
  customerId,
  registeredAt: null,
  contactsTotal: 0,
  contactsPhone: 0,
  contactsEmail: 0,
  contactsChat: 0,
  contactsSms: 0,
  contactsSocial: 0,
  contactsFax: 0,
  contactsMail: 0,
  contactsInPerson: 0,
  contactsWeb: 0,
  lastContactAt: null,
  complaintsTotal: 0,
  complaintsOpen: 0,
  lastComplaintAt: null,
  previousComplaintAt: null,
  reopenCount: 0,
  refundCount: 0,
  refundTotalMinor: 0n,
  refundCurrency: null,
  returnCount: 0,
  returnValueMinor: 0n,
  returnCurrency: null,
  latestSatisfaction: null,
  latestSatisfactionAt: null,
  lastEventPosition: position,
});

/** The events whose payload names the customer: any of them may be the first we see. */
const customerNamed = (e: DomainEvent): string | null => {
  switch (e.type) {
    case 'CustomerRegistered':
    case 'InteractionQueued':
    case 'InteractionStarted':
    case 'ComplaintFiled':
    case 'RefundRequested':
    case 'ReturnRequested':
      return e.data.customerId;
    default:
      return null;
  }
};

const contact = (row: Customer360Row, channel: Channel, at: string): Partial<Customer360Row> => {
  const field = contactField[channel];
  return {
    contactsTotal: row.contactsTotal + 1,
    [field]: row[field] + 1,
    lastContactAt: laterOf(row.lastContactAt, at),
  };
};

/** The latest rating wins; a rating older than the one held (another complaint's) does not. */
const rated = (row: Customer360Row, { data }: Of<'SatisfactionRated'>): Partial<Customer360Row> =>
  row.latestSatisfactionAt !== null && isAfter(row.latestSatisfactionAt, data.ratedAt)
    ? {}
    : { latestSatisfaction: data.rating, latestSatisfactionAt: data.ratedAt };

/** Keeps the two latest filing instants, whatever order the filings arrive in. */
const complaintFiled = (row: Customer360Row, { data }: Of<'ComplaintFiled'>): Partial<Customer360Row> => {
  const counts = { complaintsTotal: row.complaintsTotal + 1, complaintsOpen: row.complaintsOpen + 1 };
  if (isAfter(data.filedAt, row.lastComplaintAt))
    return { ...counts, lastComplaintAt: data.filedAt, previousComplaintAt: row.lastComplaintAt };
  if (isAfter(data.filedAt, row.previousComplaintAt)) return { ...counts, previousComplaintAt: data.filedAt };
  return counts;
};

/** One more return and the value asked back; like refunds, a total across currencies is null. */
const addReturn = (row: Customer360Row, { data }: Of<'ReturnRequested'>): Partial<Customer360Row> => {
  const currency = data.lines[0]!.unitPrice.currency;
  const value = data.lines.reduce((n, l) => n + BigInt(l.quantity) * BigInt(l.unitPrice.minor), 0n);
  const same = row.returnCount === 0 || row.returnCurrency === currency;
  return {
    returnCount: row.returnCount + 1,
    returnCurrency: same ? currency : null,
    returnValueMinor: same && row.returnValueMinor !== null ? row.returnValueMinor + value : null,
  };
};

const patch = (row: Customer360Row, e: DomainEvent): Partial<Customer360Row> => {
  switch (e.type) {
    case 'CustomerRegistered':
      return { registeredAt: e.data.registeredAt };
    case 'InteractionQueued':
      return contact(row, e.data.channel, e.data.queuedAt);
    case 'InteractionStarted':
      return contact(row, e.data.channel, e.data.startedAt);
    case 'InteractionEnded':
      return { lastContactAt: laterOf(row.lastContactAt, e.data.endedAt) };
    case 'ComplaintFiled':
      return complaintFiled(row, e);
    case 'ComplaintReopened':
      return { reopenCount: row.reopenCount + 1 };
    case 'ComplaintClosed':
      // Closed is terminal in the domain, so each complaint leaves the open count exactly once.
      return { complaintsOpen: row.complaintsOpen - 1 };
    case 'SatisfactionRated':
      return rated(row, e);
    case 'RefundRequested':
      return addRefund(row, e.data.amount);
    case 'ReturnRequested':
      return addReturn(row, e);
    default:
      return {};
  }
};

/**
 * The customer-360 fold. Pure. The row is created by the first event that names the customer
 * (registration, a contact, a complaint, a refund or a return request), so a customer seen first through a
 * contact has a row with `registeredAt` null until `CustomerRegistered` arrives. Events found
 * through a link (ended contacts, complaint closes, reopens, ratings) never create a row.
 */
export const evolveCustomer360Row = (
  row: Customer360Row | null,
  event: StoredEvent,
): Customer360Row | null => {
  const e = decodeStored(event);
  const named = customerNamed(e);
  const current = row ?? (named === null ? null : emptyCustomer360(named, event.globalPosition));
  if (current === null) return null;
  return { ...current, ...patch(current, e), lastEventPosition: event.globalPosition };
};
