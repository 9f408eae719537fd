import type { TableSpec } from '../runner/projection';

/**
 * One customer as analysts see them: counts and instants, no name, e-mail, phone or address.
 * Times are ISO-8601 UTC strings.
 */
export interface Customer360Row {
  readonly customerId: string;
  /** Null until `CustomerRegistered` is seen: a contact or complaint may name the customer first. */
  readonly registeredAt: string | null;
  /** Interactions (queued or started), in all and per channel. */
  readonly contactsTotal: number;
  readonly contactsPhone: number;
  readonly contactsEmail: number;
  readonly contactsChat: number;
  readonly contactsSms: number;
  readonly contactsSocial: number;
  readonly contactsFax: number;
  readonly contactsMail: number;
  readonly contactsInPerson: number;
  readonly contactsWeb: number;
  /** The latest queuedAt, startedAt or endedAt of the customer's interactions. */
  readonly lastContactAt: string | null;
  readonly complaintsTotal: number;
  /** Filed and not closed (a resolved complaint still counts: it can be reopened). */
  readonly complaintsOpen: number;
  /** The filedAt of the latest and second-latest complaint ("two complaints in 90 days"). */
  readonly lastComplaintAt: string | null;
  readonly previousComplaintAt: string | null;
  /** Reopens across all the customer's complaints. */
  readonly reopenCount: number;
  /** Refunds requested, whatever became of them. */
  readonly refundCount: number;
  /** Sum of requested refunds in `refundCurrency`; null when they mix currencies. */
  readonly refundTotalMinor: bigint | null;
  readonly refundCurrency: string | null;
  /** The rating with the latest ratedAt across the customer's complaints. */
  readonly latestSatisfaction: string | null;
  readonly latestSatisfactionAt: string | null;
  readonly lastEventPosition: bigint;
}

export const customer360Table: TableSpec<Customer360Row> = {
  name: 'customer_360',
  key: 'customerId',
  columns: {
    customerId: { column: 'customer_id', type: 'text' },
    registeredAt: { column: 'registered_at', type: 'timestamptz' },
    contactsTotal: { column: 'contacts_total', type: 'int' },
    contactsPhone: { column: 'contacts_phone', type: 'int' },
    contactsEmail: { column: 'contacts_email', type: 'int' },
    contactsChat: { column: 'contacts_chat', type: 'int' },
    contactsSms: { column: 'contacts_sms', type: 'int' },
    contactsSocial: { column: 'contacts_social', type: 'int' },
    contactsFax: { column: 'contacts_fax', type: 'int' },
    contactsMail: { column: 'contacts_mail', type: 'int' },
    contactsInPerson: { column: 'contacts_in_person', type: 'int' },
    contactsWeb: { column: 'contacts_web', type: 'int' },
    lastContactAt: { column: 'last_contact_at', type: 'timestamptz' },
    complaintsTotal: { column: 'complaints_total', type: 'int' },
    complaintsOpen: { column: 'complaints_open', type: 'int' },
    lastComplaintAt: { column: 'last_complaint_at', type: 'timestamptz' },
    previousComplaintAt: { column: 'previous_complaint_at', type: 'timestamptz' },
    reopenCount: { column: 'reopen_count', type: 'int' },
    refundCount: { column: 'refund_count', type: 'int' },
    refundTotalMinor: { column: 'refund_total_minor', type: 'bigint' },
    refundCurrency: { column: 'refund_currency', type: 'text' },
    latestSatisfaction: { column: 'latest_satisfaction', type: 'text' },
    latestSatisfactionAt: { column: 'latest_satisfaction_at', type: 'timestamptz' },
    lastEventPosition: { column: 'last_event_position', type: 'bigint' },
  },
};
