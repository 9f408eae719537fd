import { Entity, Index } from 'typeorm';
import { KeyColumn, ModelColumn, NULLABLE } from '../read-models/columns';
import { tableSpecOf } from '../read-models/table-spec';

/**
 * One customer as analysts see them: counts and instants, no name, e-mail, phone or address. The
 * one declaration of `customer_360` (see `complaint.entity.ts`). Times are ISO-8601 UTC strings.
 */
@Entity({ name: 'customer_360' })
// Analysts list customers by recency of contact ("not heard from in 90 days").
@Index('customer_360_last_contact', ['lastContactAt'])
export class Customer360Entity {
  @KeyColumn('customer_id')
  readonly customerId!: string;
  /** Null until `CustomerRegistered` is seen: a contact or complaint may name the customer first. */
  @ModelColumn('timestamptz', 'registered_at', NULLABLE)
  readonly registeredAt!: string | null;
  /** Interactions (queued or started), in all and per channel. */
  @ModelColumn('int', 'contacts_total')
  readonly contactsTotal!: number;
  @ModelColumn('int', 'contacts_phone')
  readonly contactsPhone!: number;
  @ModelColumn('int', 'contacts_email')
  readonly contactsEmail!: number;
  @ModelColumn('int', 'contacts_chat')
  readonly contactsChat!: number;
  @ModelColumn('int', 'contacts_sms')
  readonly contactsSms!: number;
  @ModelColumn('int', 'contacts_social')
  readonly contactsSocial!: number;
  @ModelColumn('int', 'contacts_fax')
  readonly contactsFax!: number;
  @ModelColumn('int', 'contacts_mail')
  readonly contactsMail!: number;
  @ModelColumn('int', 'contacts_in_person')
  readonly contactsInPerson!: number;
  @ModelColumn('int', 'contacts_web')
  readonly contactsWeb!: number;
  /** The latest queuedAt, startedAt or endedAt of the customer's interactions. */
  @ModelColumn('timestamptz', 'last_contact_at', NULLABLE)
  readonly lastContactAt!: string | null;
  @ModelColumn('int', 'complaints_total')
  readonly complaintsTotal!: number;
  /** Filed and not closed (a resolved complaint still counts: it can be reopened). */
  @ModelColumn('int', 'complaints_open')
  readonly complaintsOpen!: number;
  /** The filedAt of the latest and second-latest complaint ("two complaints in 90 days"). */
  @ModelColumn('timestamptz', 'last_complaint_at', NULLABLE)
  readonly lastComplaintAt!: string | null;
  @ModelColumn('timestamptz', 'previous_complaint_at', NULLABLE)
  readonly previousComplaintAt!: string | null;
  /** Reopens across all the customer's complaints. */
  @ModelColumn('int', 'reopen_count')
  readonly reopenCount!: number;
  /** Refunds requested, whatever became of them. */
  @ModelColumn('int', 'refund_count')
  readonly refundCount!: number;
  /** Sum of requested refunds in `refundCurrency`; null when they mix currencies. */
  @ModelColumn('bigint', 'refund_total_minor', NULLABLE)
  readonly refundTotalMinor!: bigint | null;
  @ModelColumn('text', 'refund_currency', NULLABLE)
  readonly refundCurrency!: string | null;
  /** Returns requested, whatever became of them. */
  @ModelColumn('int', 'return_count')
  readonly returnCount!: number;
  /** Sum of the value asked back (quantity × unit price) in `returnCurrency`; null when they mix currencies. */
  @ModelColumn('bigint', 'return_value_minor', NULLABLE)
  readonly returnValueMinor!: bigint | null;
  @ModelColumn('text', 'return_currency', NULLABLE)
  readonly returnCurrency!: string | null;
  /** The rating with the latest ratedAt across the customer's complaints. */
  @ModelColumn('text', 'latest_satisfaction', NULLABLE)
  readonly latestSatisfaction!: string | null;
  @ModelColumn('timestamptz', 'latest_satisfaction_at', NULLABLE)
  readonly latestSatisfactionAt!: string | null;
  @ModelColumn('bigint', 'last_event_position')
  readonly lastEventPosition!: bigint;
}

/** The row the fold builds is the entity. */
export type Customer360Row = Customer360Entity;

export const customer360Table = tableSpecOf(Customer360Entity);
