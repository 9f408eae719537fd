import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `interactions` for query code. bigint columns arrive as strings. */
@Entity({ name: 'interactions' })
export class InteractionEntity {
  @PrimaryColumn({ name: 'interaction_id', type: 'text' })
  interactionId!: string;
  @Column({ name: 'customer_id', type: 'text' })
  customerId!: string;
  @Column({ type: 'text' })
  channel!: string;
  @Column({ type: 'text' })
  direction!: string;
  @Column({ name: 'agent_id', type: 'text', nullable: true })
  agentId!: string | null;
  @Column({ name: 'complaint_id', type: 'text', nullable: true })
  complaintId!: string | null;
  @Column({ type: 'text' })
  status!: string;
  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true })
  queuedAt!: Date | null;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
  @Column({ name: 'talk_seconds', type: 'int', nullable: true })
  talkSeconds!: number | null;
  @Column({ name: 'hold_seconds', type: 'int', nullable: true })
  holdSeconds!: number | null;
  @Column({ name: 'wrap_up_seconds', type: 'int', nullable: true })
  wrapUpSeconds!: number | null;
  @Column({ name: 'last_event_position', type: 'bigint' })
  lastEventPosition!: string;
}
