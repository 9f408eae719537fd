import { Entity, Index } from 'typeorm';
import { KeyColumn, ModelColumn, NULLABLE } from '../read-models/columns';
import { tableSpecOf } from '../read-models/table-spec';

/**
 * One contact, and the one declaration of `interactions` (see `complaint.entity.ts`). Times are
 * ISO-8601 UTC strings.
 */
@Entity({ name: 'interactions' })
// A customer's contacts, a complaint's contacts, an agent's handled contacts by period (AHT).
@Index('interactions_customer', ['customerId'])
@Index('interactions_complaint', ['complaintId'])
@Index('interactions_agent_ended', ['agentId', 'endedAt'])
export class InteractionEntity {
  @KeyColumn('interaction_id')
  readonly interactionId!: string;
  @ModelColumn('text', 'customer_id')
  readonly customerId!: string;
  @ModelColumn('text', 'channel')
  readonly channel!: string;
  /** inbound or outbound. */
  @ModelColumn('text', 'direction')
  readonly direction!: string;
  /** Who handled it: from `InteractionStarted` or `InteractionAccepted`; null while queued. */
  @ModelColumn('text', 'agent_id', NULLABLE)
  readonly agentId!: string | null;
  @ModelColumn('text', 'complaint_id', NULLABLE)
  readonly complaintId!: string | null;
  /** The domain's status: queued, active, on_hold, ended. */
  @ModelColumn('text', 'status')
  readonly status!: string;
  /** Null for a contact that started with an agent (never queued). */
  @ModelColumn('timestamptz', 'queued_at', NULLABLE)
  readonly queuedAt!: string | null;
  @ModelColumn('timestamptz', 'accepted_at', NULLABLE)
  readonly acceptedAt!: string | null;
  /** When an agent was on it: startedAt, or acceptedAt for a queued contact. */
  @ModelColumn('timestamptz', 'started_at', NULLABLE)
  readonly startedAt!: string | null;
  @ModelColumn('timestamptz', 'ended_at', NULLABLE)
  readonly endedAt!: string | null;
  /** Durations reported by the platform with `InteractionEnded`; null until it ends. */
  @ModelColumn('int', 'talk_seconds', NULLABLE)
  readonly talkSeconds!: number | null;
  @ModelColumn('int', 'hold_seconds', NULLABLE)
  readonly holdSeconds!: number | null;
  @ModelColumn('int', 'wrap_up_seconds', NULLABLE)
  readonly wrapUpSeconds!: number | null;
  @ModelColumn('bigint', 'last_event_position')
  readonly lastEventPosition!: bigint;
}

/** The row the fold builds is the entity. */
export type InteractionRow = InteractionEntity;

export const interactionsTable = tableSpecOf(InteractionEntity);
