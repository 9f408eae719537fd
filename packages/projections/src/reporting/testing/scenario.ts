import type { RefundStatus } from '@casebook/domain';
import type { EventToAppend } from '@casebook/event-store';
import type { Pool } from 'pg';
import { complaintsProjection } from '../../complaints/complaints.projection';
import { interactionsProjection } from '../../interactions/interactions.projection';
import { refundLedgerProjection } from '../../refunds/refund-ledger.projection';
import { returnsProjection } from '../../returns/returns.projection';
import { ProjectionRunner } from '../../runner/projection-runner';
import {
  complaintFiled,
  eventually,
  interactionQueued,
  interactionStarted,
  openProjectionTestbed,
  refundRequested,
  toAppend,
  type Payload,
} from '../../testing';

/**
 * A database with the read models the reports query, kept up to date by the real runners: tests
 * append domain events, `settle()`, then query. The tables are only ever written by projections.
 */
export interface ReportBed {
  readonly pool: Pool;
  append(streamId: string, events: readonly EventToAppend[]): Promise<void>;
  /** Waits until every read model has applied the whole log. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

const MODELS = [complaintsProjection, interactionsProjection, refundLedgerProjection, returnsProjection];

export async function openReportBed(): Promise<ReportBed> {
  const bed = await openProjectionTestbed();
  const { pool } = bed.db;
  const runners = MODELS.map(
    (projection) => new ProjectionRunner({ pool, store: bed.store, projection, pollIntervalMs: 50 }),
  );
  runners.forEach((r) => r.start());
  const caughtUp = async (): Promise<boolean> => {
    const head = await bed.store.headPosition();
    const { rows } = await pool.query<{ position: string }>(
      'SELECT position FROM projection_checkpoints WHERE name = ANY($1)',
      [MODELS.map((m) => m.name)],
    );
    return rows.length === MODELS.length && rows.every((r) => BigInt(r.position) >= head);
  };
  return {
    pool,
    append: async (streamId, events) => void (await bed.store.appendToStream(streamId, [...events])),
    settle: () => eventually(caughtUp),
    async close() {
      for (const r of runners) await r.stop();
      await bed.close();
    },
  };
}

/*
 * Event builders in the shape the domain produces them; times are ISO-8601 UTC strings. Each
 * complaint's customer is `cust-<id>`.
 */

export const filed = (id: string, filedAt: string, regime = 'NONE'): EventToAppend =>
  complaintFiled(id, `cust-${id}`, { filedAt, regime });

export const assigned = (id: string, team: string, ownerId: string, at: string): EventToAppend =>
  toAppend('ComplaintAssigned', { complaintId: id, ownerId, team, assignedAt: at });

export const transferred = (id: string, fromTeam: string, toTeam: string, at: string): EventToAppend =>
  toAppend('ComplaintTransferred', {
    complaintId: id,
    fromTeam,
    toTeam,
    ownerId: 'owner',
    reason: 'specialist needed',
    transferredAt: at,
  });

export const holdingResponse = (id: string, at: string): EventToAppend =>
  toAppend('HoldingResponseSent', { complaintId: id, message: 'We need more time', sentAt: at });

export const finalResponse = (id: string, at: string): EventToAppend =>
  toAppend('FinalResponseSent', {
    complaintId: id,
    outcome: 'upheld',
    referralRightsStated: true,
    message: 'Sorry',
    sentAt: at,
  });

export const resolved = (id: string, at: string): EventToAppend =>
  toAppend('ComplaintResolved', {
    complaintId: id,
    resolution: 'fixed',
    summaryResolution: false,
    resolvedAt: at,
  });

export const reopened = (id: string, at: string): EventToAppend =>
  toAppend('ComplaintReopened', { complaintId: id, reason: 'still broken', reopenedAt: at });

export const closed = (id: string, at: string): EventToAppend =>
  toAppend('ComplaintClosed', { complaintId: id, closure: 'final_response', closedAt: at });

export const rated = (id: string, rating: 'good' | 'bad', at: string): EventToAppend =>
  toAppend('SatisfactionRated', { complaintId: id, rating, ratedAt: at });

export const escalated = (id: string, escalationId: string): EventToAppend =>
  toAppend('EscalationLinked', { complaintId: id, escalationId });

export const informationRequested = (id: string, at: string): EventToAppend =>
  toAppend('InformationRequested', {
    complaintId: id,
    requestId: `q-${id}`,
    question: 'Receipt?',
    requestedAt: at,
  });

export const putOnHold = (id: string, at: string): EventToAppend =>
  toAppend('ComplaintPutOnHold', { complaintId: id, reason: 'waiting for courier', heldAt: at });

export interface Contact {
  readonly direction: 'inbound' | 'outbound';
  readonly agentId: string;
  readonly at: string;
  /** Linked when created (`complaintId` in the payload); null leaves it unlinked. */
  readonly complaintId: string | null;
  /** talk, hold and wrap-up seconds; absent: the contact has not ended. */
  readonly seconds?: readonly [number, number, number];
  readonly endedAt?: string;
}

/** A contact's events: inbound ones are queued then accepted, outbound ones start with the agent. */
export const contact = (id: string, c: Contact): EventToAppend[] => {
  const link: Payload = c.complaintId === null ? {} : { complaintId: c.complaintId };
  const customerId = `cust-${c.complaintId ?? id}`;
  const opened =
    c.direction === 'inbound'
      ? [
          interactionQueued(id, customerId, { queuedAt: c.at, ...link }),
          toAppend('InteractionAccepted', { interactionId: id, agentId: c.agentId, acceptedAt: c.at }),
        ]
      : [interactionStarted(id, customerId, { agentId: c.agentId, startedAt: c.at, ...link })];
  if (c.seconds === undefined) return opened;
  const [talkSeconds, holdSeconds, wrapUpSeconds] = c.seconds;
  const endedAt = c.endedAt ?? c.at;
  const ended = toAppend('InteractionEnded', {
    interactionId: id,
    summary: 'done',
    talkSeconds,
    holdSeconds,
    wrapUpSeconds,
    endedAt,
  });
  return [...opened, ended];
};

export const linkedToComplaint = (interactionId: string, complaintId: string): EventToAppend =>
  toAppend('InteractionLinkedToComplaint', { interactionId, complaintId });

export const refund = (
  id: string,
  amount: { minor: number; currency: string },
  reason: string,
  at: string,
): EventToAppend =>
  refundRequested(id, `c-${id}`, `cust-${id}`, {
    amount,
    reason,
    requestedAt: at,
    approvalLimit: { minor: 100_000_000, currency: amount.currency },
  });

/** The refund events after the request, up to `status`, each a minute after the last. */
export const refundTo = (id: string, status: RefundStatus, at: string): EventToAppend[] => {
  const t = (n: number) => new Date(Date.parse(at) + n * 60_000).toISOString();
  const approved = toAppend('RefundApproved', {
    refundId: id,
    approvedBy: { kind: 'supervisor', id: 's-1' },
    approvedAt: t(1),
  });
  const issued = toAppend('RefundIssued', { refundId: id, providerReference: `p-${id}`, issuedAt: t(2) });
  const paths: Record<RefundStatus, EventToAppend[]> = {
    requested: [],
    approved: [approved],
    rejected: [
      toAppend('RefundRejected', {
        refundId: id,
        rejectedBy: { kind: 'supervisor', id: 's-1' },
        reason: 'no',
        rejectedAt: t(1),
      }),
    ],
    issued: [approved, issued],
    settled: [approved, issued, toAppend('RefundSettled', { refundId: id, settledAt: t(3) })],
    failed: [
      approved,
      issued,
      toAppend('RefundFailed', { refundId: id, failureReason: 'card closed', failedAt: t(3) }),
    ],
  };
  return paths[status];
};
