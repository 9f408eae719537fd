import type { StoredEvent } from '@casebook/event-store';
import { stringField } from '../read-models/decode';
import type { Link, Projection } from '../runner/projection';
import { customer360Table, type Customer360Row } from './customer360.entity';
import { evolveCustomer360Row } from './evolve';

export const customer360EventTypes = [
  'CustomerRegistered',
  'InteractionQueued',
  'InteractionStarted',
  'InteractionEnded',
  'ComplaintFiled',
  'ComplaintReopened',
  'ComplaintClosed',
  'SatisfactionRated',
  'RefundRequested',
  'ReturnRequested',
] as const;

/** Link ids are shared by every link of this projection, so each kind of id gets a prefix. */
const complaintLink = (id: string): string => `complaint:${id}`;
const interactionLink = (id: string): string => `interaction:${id}`;

/** Filings and new contacts name the customer: they tie the complaint / interaction to it. */
const linkOf = (event: StoredEvent): Link | null => {
  const customerId = stringField(event, 'customerId');
  if (customerId === null) return null;
  const complaintId = stringField(event, 'complaintId');
  const interactionId = stringField(event, 'interactionId');
  switch (event.type) {
    case 'ComplaintFiled':
      return complaintId === null ? null : { from: complaintLink(complaintId), to: customerId };
    case 'InteractionQueued':
    case 'InteractionStarted':
      return interactionId === null ? null : { from: interactionLink(interactionId), to: customerId };
    default:
      return null;
  }
};

/** The events that carry only a complaint or interaction id find the customer through a link. */
const lookupOf = (event: StoredEvent): string | null => {
  switch (event.type) {
    case 'ComplaintReopened':
    case 'ComplaintClosed':
    case 'SatisfactionRated': {
      const id = stringField(event, 'complaintId');
      return id === null ? null : complaintLink(id);
    }
    case 'InteractionEnded': {
      const id = stringField(event, 'interactionId');
      return id === null ? null : interactionLink(id);
    }
    default:
      return null;
  }
};

/** One row per customer: `customer_360`. */
export const customer360Projection: Projection<Customer360Row> = {
  name: 'customer_360',
  eventTypes: customer360EventTypes,
  table: customer360Table,
  keyOf: (event, lookup) => {
    const linkId = lookupOf(event);
    return linkId === null ? stringField(event, 'customerId') : lookup(linkId);
  },
  linkOf,
  lookupOf,
  evolve: (row, event) => evolveCustomer360Row(row, event),
};
