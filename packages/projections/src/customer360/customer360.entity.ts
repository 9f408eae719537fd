import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `customer_360` for query code. bigint columns arrive as strings. No PII by design. */
@Entity({ name: 'customer_360' })
export class Customer360Entity {
  @PrimaryColumn({ name: 'customer_id', type: 'text' })
  customerId!: string;
  @Column({ name: 'registered_at', type: 'timestamptz', nullable: true })
  registeredAt!: Date | null;
  @Column({ name: 'contacts_total', type: 'int' })
  contactsTotal!: number;
  @Column({ name: 'contacts_phone', type: 'int' })
  contactsPhone!: number;
  @Column({ name: 'contacts_email', type: 'int' })
  contactsEmail!: number;
  @Column({ name: 'contacts_chat', type: 'int' })
  contactsChat!: number;
  @Column({ name: 'contacts_sms', type: 'int' })
  contactsSms!: number;
  @Column({ name: 'contacts_social', type: 'int' })
  contactsSocial!: number;
  @Column({ name: 'contacts_fax', type: 'int' })
  contactsFax!: number;
  @Column({ name: 'contacts_mail', type: 'int' })
  contactsMail!: number;
  @Column({ name: 'contacts_in_person', type: 'int' })
  contactsInPerson!: number;
  @Column({ name: 'contacts_web', type: 'int' })
  contactsWeb!: number;
  @Column({ name: 'last_contact_at', type: 'timestamptz', nullable: true })
  lastContactAt!: Date | null;
  @Column({ name: 'complaints_total', type: 'int' })
  complaintsTotal!: number;
  @Column({ name: 'complaints_open', type: 'int' })
  complaintsOpen!: number;
  @Column({ name: 'last_complaint_at', type: 'timestamptz', nullable: true })
  lastComplaintAt!: Date | null;
  @Column({ name: 'previous_complaint_at', type: 'timestamptz', nullable: true })
  previousComplaintAt!: Date | null;
  @Column({ name: 'reopen_count', type: 'int' })
  reopenCount!: number;
  @Column({ name: 'refund_count', type: 'int' })
  refundCount!: number;
  @Column({ name: 'refund_total_minor', type: 'bigint', nullable: true })
  refundTotalMinor!: string | null;
  @Column({ name: 'refund_currency', type: 'text', nullable: true })
  refundCurrency!: string | null;
  @Column({ name: 'latest_satisfaction', type: 'text', nullable: true })
  latestSatisfaction!: string | null;
  @Column({ name: 'latest_satisfaction_at', type: 'timestamptz', nullable: true })
  latestSatisfactionAt!: Date | null;
  @Column({ name: 'last_event_position', type: 'bigint' })
  lastEventPosition!: string;
}
