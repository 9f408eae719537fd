import type { Json } from '@casebook/event-store';
import type { Recipient } from '../process';
import type { OutboxMessage } from './transport';

/** An outbox row as PostgreSQL returns it. */
export interface OutboxRow {
  id: string;
  key: string;
  process: string;
  topic: string;
  recipient: Recipient;
  complaint_id: string | null;
  subject: string;
  body: Json;
  causation_id: string;
  correlation_id: string;
  status: 'pending' | 'delivered' | 'dead';
  transport: string | null;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  delivered_at: Date | null;
  created_at: Date;
  updated_at: Date;
  recorded_status: string | null;
}

export const OUTBOX_COLUMNS = `id::text AS id, key, process, topic, recipient, complaint_id, subject, body,
  causation_id, correlation_id, status, transport, attempts, next_attempt_at, last_error, delivered_at,
  created_at, updated_at, recorded_status`;

export const messageOf = (r: OutboxRow): OutboxMessage => ({
  id: r.id,
  key: r.key,
  process: r.process,
  topic: r.topic,
  recipient: r.recipient,
  complaintId: r.complaint_id,
  subject: r.subject,
  body: r.body,
  causationId: r.causation_id,
  correlationId: r.correlation_id,
  attempts: r.attempts,
  createdAt: r.created_at,
});

/**
 * A message's delivery status, as the API and the CLI show it: no body (it may hold personal
 * data), the recipient by id only.
 */
export interface OutboxStatus {
  readonly id: string;
  readonly key: string;
  readonly process: string;
  readonly topic: string;
  readonly recipient: Recipient;
  readonly complaintId: string | null;
  readonly subject: string;
  readonly status: 'pending' | 'delivered' | 'dead';
  readonly transport: string | null;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly nextAttemptAt: string | null;
  readonly deliveredAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const statusOf = (r: OutboxRow): OutboxStatus => ({
  id: r.id,
  key: r.key,
  process: r.process,
  topic: r.topic,
  recipient: r.recipient,
  complaintId: r.complaint_id,
  subject: r.subject,
  status: r.status,
  transport: r.transport,
  attempts: r.attempts,
  lastError: r.last_error,
  nextAttemptAt: r.status === 'pending' ? r.next_attempt_at.toISOString() : null,
  deliveredAt: r.delivered_at?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});
