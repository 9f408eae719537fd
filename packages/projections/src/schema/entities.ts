import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Customer360Entity } from '../customer360/customer360.entity';
import { InteractionEntity } from '../interactions/interaction.entity';
import { RefundLedgerEntity } from '../refunds/refund-ledger.entity';

/**
 * TypeORM mappings of the projection tables, for query code (the API's read endpoints). The
 * tables themselves come from the migrations; the runner writes them with raw SQL.
 */
@Entity({ name: 'projection_checkpoints' })
export class ProjectionCheckpointEntity {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'bigint' })
  position!: string;

  /** Events up to here were already seen live: a rebuild replays them in `replay` mode. */
  @Column({ name: 'replay_until', type: 'bigint' })
  replayUntil!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'text', nullable: true })
  owner!: string | null;
}

@Entity({ name: 'complaints' })
export class ComplaintEntity {
  @PrimaryColumn({ name: 'complaint_id', type: 'text' })
  complaintId!: string;
  @Column({ name: 'customer_id', type: 'text' })
  customerId!: string;
  @Column({ type: 'text' })
  status!: string;
  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;
  @Column({ type: 'text', nullable: true })
  team!: string | null;
  @Column({ type: 'text' })
  channel!: string;
  @Column({ type: 'text' })
  category!: string;
  @Column({ type: 'text' })
  priority!: string;
  @Column({ type: 'text' })
  regime!: string;
  @Column({ name: 'filed_at', type: 'timestamptz' })
  filedAt!: Date;
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;
  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true })
  firstResponseAt!: Date | null;
  @Column({ name: 'final_response_at', type: 'timestamptz', nullable: true })
  finalResponseAt!: Date | null;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
  @Column({ name: 'escalation_count', type: 'int' })
  escalationCount!: number;
  @Column({ name: 'escalation_level', type: 'int', nullable: true })
  escalationLevel!: number | null;
  @Column({ name: 'refund_count', type: 'int' })
  refundCount!: number;
  /** bigint arrives as a string: minor units may exceed 2^53 in aggregate. */
  @Column({ name: 'refund_total_minor', type: 'bigint', nullable: true })
  refundTotalMinor!: string | null;
  @Column({ name: 'refund_currency', type: 'text', nullable: true })
  refundCurrency!: string | null;
  @Column({ name: 'reopen_count', type: 'int' })
  reopenCount!: number;
  @Column({ name: 'transfer_count', type: 'int' })
  transferCount!: number;
  /** Due instants fixed at filing by the regime's policy; null where it sets no target. */
  @Column({ name: 'first_response_due_at', type: 'timestamptz', nullable: true })
  firstResponseDueAt!: Date | null;
  @Column({ name: 'final_response_due_at', type: 'timestamptz', nullable: true })
  finalResponseDueAt!: Date | null;
  @Column({ name: 'resolution_due_at', type: 'timestamptz', nullable: true })
  resolutionDueAt!: Date | null;
  @Column({ name: 'summary_resolution_due_at', type: 'timestamptz', nullable: true })
  summaryResolutionDueAt!: Date | null;
  @Column({ name: 'first_resolved_at', type: 'timestamptz', nullable: true })
  firstResolvedAt!: Date | null;
  @Column({ type: 'text', nullable: true })
  satisfaction!: string | null;
  @Column({ name: 'satisfaction_at', type: 'timestamptz', nullable: true })
  satisfactionAt!: Date | null;
  @Column({ name: 'last_event_position', type: 'bigint' })
  lastEventPosition!: string;
}

/** The read models other than `complaints` keep their entity beside their fold. */
export const projectionEntities = [
  ProjectionCheckpointEntity,
  ComplaintEntity,
  Customer360Entity,
  RefundLedgerEntity,
  InteractionEntity,
];
