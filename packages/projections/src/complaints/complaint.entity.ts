import { Entity, Index } from 'typeorm';
import { KeyColumn, ModelColumn, NULLABLE } from '../read-models/columns';
import { tableSpecOf } from '../read-models/table-spec';

/**
 * One complaint as the read model holds it, and the one declaration of the `complaints` table:
 * the runner's table spec and the report's fields are derived from it, and the migrations must
 * build exactly this (`read-models/drift.int.spec.ts`). Times are ISO-8601 UTC strings.
 */
@Entity({ name: 'complaints' })
// The queries the API served first: a customer's complaints, a team's open queue.
@Index('complaints_customer', ['customerId', 'filedAt'])
@Index('complaints_team_status', ['team', 'status'])
export class ComplaintEntity {
  @KeyColumn('complaint_id')
  readonly complaintId!: string;
  @ModelColumn('text', 'customer_id')
  readonly customerId!: string;
  /** The domain's status: open, awaiting_customer, on_hold, resolved, closed. */
  @ModelColumn('text', 'status')
  readonly status!: string;
  @ModelColumn('text', 'owner_id', NULLABLE)
  readonly ownerId!: string | null;
  @ModelColumn('text', 'team', NULLABLE)
  readonly team!: string | null;
  @ModelColumn('text', 'channel')
  readonly channel!: string;
  @ModelColumn('text', 'category')
  readonly category!: string;
  @ModelColumn('text', 'priority')
  readonly priority!: string;
  @ModelColumn('text', 'regime')
  readonly regime!: string;
  @ModelColumn('timestamptz', 'filed_at')
  readonly filedAt!: string;
  @ModelColumn('timestamptz', 'acknowledged_at', NULLABLE)
  readonly acknowledgedAt!: string | null;
  /** The first response of any kind (holding or final): the regulators' first-contact clock. */
  @ModelColumn('timestamptz', 'first_response_at', NULLABLE)
  readonly firstResponseAt!: string | null;
  /** The latest final response; cleared by a reopen, as in the domain. */
  @ModelColumn('timestamptz', 'final_response_at', NULLABLE)
  readonly finalResponseAt!: string | null;
  @ModelColumn('timestamptz', 'resolved_at', NULLABLE)
  readonly resolvedAt!: string | null;
  /** The first resolution; unlike `resolvedAt`, a reopen does not clear it. */
  @ModelColumn('timestamptz', 'first_resolved_at', NULLABLE)
  readonly firstResolvedAt!: string | null;
  @ModelColumn('timestamptz', 'closed_at', NULLABLE)
  readonly closedAt!: string | null;
  @ModelColumn('int', 'escalation_count')
  readonly escalationCount!: number;
  /** The highest level any of its escalations was raised at (later level raises are not seen). */
  @ModelColumn('int', 'escalation_level', NULLABLE)
  readonly escalationLevel!: number | null;
  @ModelColumn('int', 'refund_count')
  readonly refundCount!: number;
  /** Sum of linked refunds in `refundCurrency`; null when the refunds mix currencies. */
  @ModelColumn('bigint', 'refund_total_minor', NULLABLE)
  readonly refundTotalMinor!: bigint | null;
  @ModelColumn('text', 'refund_currency', NULLABLE)
  readonly refundCurrency!: string | null;
  @ModelColumn('int', 'reopen_count')
  readonly reopenCount!: number;
  @ModelColumn('int', 'transfer_count')
  readonly transferCount!: number;
  /** The customer's rating, good or bad, and when it was given. */
  @ModelColumn('text', 'satisfaction', NULLABLE)
  readonly satisfaction!: string | null;
  @ModelColumn('timestamptz', 'satisfaction_at', NULLABLE)
  readonly satisfactionAt!: string | null;
  /**
   * Due instants of the recorded built-in policy version's milestones, set at filing (the built-in
   * policies never pause); the final response moves once, to the extended target, when a holding
   * response is sent in time (FCA_DISP_PSD@1). Null where the policy sets no target, and for a
   * host's own policy versions (their clocks: `GET /complaints/{id}/clocks`). Breach is decided at
   * query time (`reporting/expressions.ts`) and recorded by the SLA process (`slaBreachCount`).
   */
  @ModelColumn('timestamptz', 'first_response_due_at', NULLABLE)
  readonly firstResponseDueAt!: string | null;
  @ModelColumn('timestamptz', 'final_response_due_at', NULLABLE)
  readonly finalResponseDueAt!: string | null;
  @ModelColumn('timestamptz', 'resolution_due_at', NULLABLE)
  readonly resolutionDueAt!: string | null;
  @ModelColumn('timestamptz', 'summary_resolution_due_at', NULLABLE)
  readonly summaryResolutionDueAt!: string | null;
  /** The SLA policy version recorded at filing (`FCA_DISP_PSD@1`); null for none. */
  @ModelColumn('text', 'sla_policy', NULLABLE)
  readonly slaPolicy!: string | null;
  /** `SlaTargetBreached` events: deadlines the SLA process found passed unmet. */
  @ModelColumn('int', 'sla_breach_count')
  readonly slaBreachCount!: number;
  @ModelColumn('timestamptz', 'first_breached_at', NULLABLE)
  readonly firstBreachedAt!: string | null;
  @ModelColumn('bigint', 'last_event_position')
  readonly lastEventPosition!: bigint;
}

/** The row the fold builds is the entity: one shape, declared once. */
export type ComplaintRow = ComplaintEntity;

export const complaintsTable = tableSpecOf(ComplaintEntity);
