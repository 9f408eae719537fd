import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `refund_ledger` for query code. bigint columns arrive as strings. */
@Entity({ name: 'refund_ledger' })
export class RefundLedgerEntity {
  @PrimaryColumn({ name: 'refund_id', type: 'text' })
  refundId!: string;
  @Column({ name: 'complaint_id', type: 'text' })
  complaintId!: string;
  @Column({ name: 'customer_id', type: 'text' })
  customerId!: string;
  @Column({ type: 'text' })
  kind!: string;
  @Column({ type: 'text' })
  reason!: string;
  @Column({ type: 'text' })
  currency!: string;
  @Column({ name: 'amount_minor', type: 'bigint' })
  amountMinor!: string;
  @Column({ type: 'text' })
  status!: string;
  @Column({ name: 'requires_supervisor_approval', type: 'boolean' })
  requiresSupervisorApproval!: boolean;
  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;
  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;
  @Column({ name: 'rejected_at', type: 'timestamptz', nullable: true })
  rejectedAt!: Date | null;
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt!: Date | null;
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt!: Date | null;
  @Column({ name: 'last_event_position', type: 'bigint' })
  lastEventPosition!: string;
}
