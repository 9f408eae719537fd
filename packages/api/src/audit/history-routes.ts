import type * as t from 'io-ts';
import {
  complaintAggregate,
  customerAggregate,
  escalationAggregate,
  interactionAggregate,
  refundAggregate,
  returnAggregate,
} from '@casebook/domain';
import type { EventStore } from '@casebook/event-store';
import {
  complaintHistory,
  streamHistory,
  type HistoryAnswer,
  type HistoryQuery,
  type HistorySubject,
} from '@casebook/projections';
import { CUSTOMER_READERS, AUDITORS } from '../auth/role-sets';
import type { Role } from '../auth/jwt';

/** One `GET /<resource>/{id}/history` route: who may read it and how its history is assembled. */
export interface HistoryRoute {
  readonly resource: string;
  readonly summary: string;
  readonly readers: readonly Role[];
  /** The id codec of the resource: the path's id is decoded with it before the log is read. */
  readonly id: t.Decoder<unknown, unknown>;
  readonly load: (store: EventStore, id: string, query: HistoryQuery) => Promise<HistoryAnswer>;
}

/** A customer's history is personal data: only those who may read both. */
const PII_AUDITORS = AUDITORS.filter((r) => CUSTOMER_READERS.includes(r));

const own = <Id>(
  resource: string,
  subject: HistorySubject<Id> & { readonly id: t.Decoder<unknown, Id> },
  readers = AUDITORS,
): HistoryRoute => ({
  resource,
  summary: `Every event of one of the ${resource}, in order, paged`,
  readers,
  id: subject.id,
  load: (store, id, query) => streamHistory(store, subject, id, query),
});

export const HISTORY_ROUTES: readonly HistoryRoute[] = [
  own('customers', customerAggregate, PII_AUDITORS),
  own('interactions', interactionAggregate),
  {
    resource: 'complaints',
    summary:
      'Every event of a complaint and of its refunds, escalations, returns and interactions, in global order, paged',
    readers: AUDITORS,
    id: complaintAggregate.id,
    load: complaintHistory,
  },
  own('refunds', refundAggregate),
  own('returns', returnAggregate),
  own('escalations', escalationAggregate),
];
