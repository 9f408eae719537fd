import type { TableSpec } from '../runner/projection';

/** One complaint as the read model holds it. Times are ISO-8601 UTC strings. */
export interface ComplaintRow {
  readonly complaintId: string;
  readonly customerId: string;
  /** The domain's status: open, awaiting_customer, on_hold, resolved, closed. */
  readonly status: string;
  readonly ownerId: string | null;
  readonly team: string | null;
  readonly channel: string;
  readonly category: string;
  readonly priority: string;
  readonly regime: string;
  readonly filedAt: string;
  readonly acknowledgedAt: string | null;
  /** The first response of any kind (holding or final): the regulators' first-contact clock. */
  readonly firstResponseAt: string | null;
  /** The latest final response; cleared by a reopen, as in the domain. */
  readonly finalResponseAt: string | null;
  readonly resolvedAt: string | null;
  readonly closedAt: string | null;
  readonly escalationCount: number;
  /** The highest level any of its escalations was raised at (later level raises are not seen). */
  readonly escalationLevel: number | null;
  readonly refundCount: number;
  /** Sum of linked refunds in `refundCurrency`; null when the refunds mix currencies. */
  readonly refundTotalMinor: bigint | null;
  readonly refundCurrency: string | null;
  readonly reopenCount: number;
  readonly transferCount: number;
  /**
   * Due instants of the regime's SLA milestones, fixed at filing (the built-in policies never
   * pause and FCA_DISP has no holding-response extension); null where the regime sets no target.
   * Breach is decided at query time (`reporting/expressions.ts`).
   */
  readonly firstResponseDueAt: string | null;
  readonly finalResponseDueAt: string | null;
  readonly resolutionDueAt: string | null;
  readonly summaryResolutionDueAt: string | null;
  /** The first resolution; unlike `resolvedAt`, a reopen does not clear it. */
  readonly firstResolvedAt: string | null;
  /** The customer's rating, good or bad, and when it was given. */
  readonly satisfaction: string | null;
  readonly satisfactionAt: string | null;
  readonly lastEventPosition: bigint;
}

export const complaintsTable: TableSpec<ComplaintRow> = {
  name: 'complaints',
  key: 'complaintId',
  columns: {
    complaintId: { column: 'complaint_id', type: 'text' },
    customerId: { column: 'customer_id', type: 'text' },
    status: { column: 'status', type: 'text' },
    ownerId: { column: 'owner_id', type: 'text' },
    team: { column: 'team', type: 'text' },
    channel: { column: 'channel', type: 'text' },
    category: { column: 'category', type: 'text' },
    priority: { column: 'priority', type: 'text' },
    regime: { column: 'regime', type: 'text' },
    filedAt: { column: 'filed_at', type: 'timestamptz' },
    acknowledgedAt: { column: 'acknowledged_at', type: 'timestamptz' },
    firstResponseAt: { column: 'first_response_at', type: 'timestamptz' },
    finalResponseAt: { column: 'final_response_at', type: 'timestamptz' },
    resolvedAt: { column: 'resolved_at', type: 'timestamptz' },
    closedAt: { column: 'closed_at', type: 'timestamptz' },
    escalationCount: { column: 'escalation_count', type: 'int' },
    escalationLevel: { column: 'escalation_level', type: 'int' },
    refundCount: { column: 'refund_count', type: 'int' },
    refundTotalMinor: { column: 'refund_total_minor', type: 'bigint' },
    refundCurrency: { column: 'refund_currency', type: 'text' },
    reopenCount: { column: 'reopen_count', type: 'int' },
    transferCount: { column: 'transfer_count', type: 'int' },
    firstResponseDueAt: { column: 'first_response_due_at', type: 'timestamptz' },
    finalResponseDueAt: { column: 'final_response_due_at', type: 'timestamptz' },
    resolutionDueAt: { column: 'resolution_due_at', type: 'timestamptz' },
    summaryResolutionDueAt: { column: 'summary_resolution_due_at', type: 'timestamptz' },
    firstResolvedAt: { column: 'first_resolved_at', type: 'timestamptz' },
    satisfaction: { column: 'satisfaction', type: 'text' },
    satisfactionAt: { column: 'satisfaction_at', type: 'timestamptz' },
    lastEventPosition: { column: 'last_event_position', type: 'bigint' },
  },
};
