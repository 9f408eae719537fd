import type { TableSpec } from '../runner/projection';

/** One contact. Times are ISO-8601 UTC strings. */
export interface InteractionRow {
  readonly interactionId: string;
  readonly customerId: string;
  readonly channel: string;
  /** inbound or outbound. */
  readonly direction: string;
  /** Who handled it: from `InteractionStarted` or `InteractionAccepted`; null while queued. */
  readonly agentId: string | null;
  readonly complaintId: string | null;
  /** The domain's status: queued, active, on_hold, ended. */
  readonly status: string;
  /** Null for a contact that started with an agent (never queued). */
  readonly queuedAt: string | null;
  readonly acceptedAt: string | null;
  /** When an agent was on it: startedAt, or acceptedAt for a queued contact. */
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  /** Durations reported by the platform with `InteractionEnded`; null until it ends. */
  readonly talkSeconds: number | null;
  readonly holdSeconds: number | null;
  readonly wrapUpSeconds: number | null;
  readonly lastEventPosition: bigint;
}

export const interactionsTable: TableSpec<InteractionRow> = {
  name: 'interactions',
  key: 'interactionId',
  columns: {
    interactionId: { column: 'interaction_id', type: 'text' },
    customerId: { column: 'customer_id', type: 'text' },
    channel: { column: 'channel', type: 'text' },
    direction: { column: 'direction', type: 'text' },
    agentId: { column: 'agent_id', type: 'text' },
    complaintId: { column: 'complaint_id', type: 'text' },
    status: { column: 'status', type: 'text' },
    queuedAt: { column: 'queued_at', type: 'timestamptz' },
    acceptedAt: { column: 'accepted_at', type: 'timestamptz' },
    startedAt: { column: 'started_at', type: 'timestamptz' },
    endedAt: { column: 'ended_at', type: 'timestamptz' },
    talkSeconds: { column: 'talk_seconds', type: 'int' },
    holdSeconds: { column: 'hold_seconds', type: 'int' },
    wrapUpSeconds: { column: 'wrap_up_seconds', type: 'int' },
    lastEventPosition: { column: 'last_event_position', type: 'bigint' },
  },
};
