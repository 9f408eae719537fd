import { randomUUID } from 'node:crypto';
import { eventSchemaVersions, type DomainEventType } from '@casebook/domain';
import {
  createEventStore,
  migrate,
  type EventToAppend,
  type Json,
  type PostgresEventStore,
  type StoredEvent,
} from '@casebook/event-store';
import { openTestDatabase, type TestDatabase } from '@casebook/event-store/testing';
import { migrateProjections } from '../schema/migrations';

export interface ProjectionTestbed {
  readonly db: TestDatabase;
  readonly store: PostgresEventStore;
  close(): Promise<void>;
}

/** A fresh database with the event store's and the projections' migrations applied. */
export async function openProjectionTestbed(): Promise<ProjectionTestbed> {
  const db = await openTestDatabase({ poolSize: 6 });
  await migrate(db.pool);
  await migrateProjections(db.connectionString);
  const store = createEventStore(db.pool, db.kind);
  return {
    db,
    store,
    async close() {
      await store.close();
      await db.close();
    },
  };
}

/**
 * A domain event ready to append, stamped with its type's current schema version. The payload is
 * plain JSON (branded ids would need casts); the projection's decoding checks it on the way back.
 */
export const toAppend = (type: DomainEventType, data: { readonly [key: string]: Json }): EventToAppend => ({
  eventId: randomUUID(),
  type,
  schemaVersion: eventSchemaVersions[type],
  data,
  metadata: {
    actor: { kind: 'agent', id: 'agent-7' },
    correlationId: 'corr-1',
    causationId: 'cause-1',
    occurredAt: '2026-11-23T10:00:00.000Z',
  },
});

/** Polls `probe` until it returns true, failing after `ms`. */
export async function eventually(probe: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A JSON event payload, or the fields of one a test overrides. */
export type Payload = { readonly [key: string]: Json };

/**
 * Appends as the log would return them, at global positions 1, 2, ...: the input of pure
 * specs (`foldAll`, `evolve`). Stream ids, record times and hashes are placeholders no fold reads.
 */
export const asStored = (events: readonly EventToAppend[]): StoredEvent[] =>
  events.map((e, i) => ({
    eventId: e.eventId,
    streamId: 'test',
    streamPosition: BigInt(i),
    globalPosition: BigInt(i + 1),
    type: e.type,
    schemaVersion: e.schemaVersion ?? 1,
    data: e.data,
    metadata: e.metadata,
    recordedAt: new Date(0),
    hash: '',
  }));

/** A valid `CustomerRegistered`; `overrides` replace fields. */
export const customerRegistered = (customerId: string, overrides: Payload = {}): EventToAppend =>
  toAppend('CustomerRegistered', {
    customerId,
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    registeredAt: '2024-01-10T12:00:00Z',
    ...overrides,
  });

/** A valid `ComplaintFiled` (FCA_DISP, phone, filed 2024-03-01T09:00:00Z); `overrides` replace fields. */
export const complaintFiled = (
  complaintId: string,
  customerId: string,
  overrides: Payload = {},
): EventToAppend =>
  toAppend('ComplaintFiled', {
    complaintId,
    customerId,
    channel: 'phone',
    category: 'delivery',
    description: 'Parcel lost',
    amountPaid: { minor: 4000, currency: 'GBP' },
    priority: 'medium',
    regime: 'FCA_DISP',
    filedAt: '2024-03-01T09:00:00Z',
    ...overrides,
  });

/** A valid inbound phone `InteractionQueued`; `overrides` replace fields. */
export const interactionQueued = (
  interactionId: string,
  customerId: string,
  overrides: Payload = {},
): EventToAppend =>
  toAppend('InteractionQueued', {
    interactionId,
    customerId,
    channel: 'phone',
    direction: 'inbound',
    queuedAt: '2024-03-01T08:50:00Z',
    ...overrides,
  });

/** A valid outbound phone `InteractionStarted` by agent-1; `overrides` replace fields. */
export const interactionStarted = (
  interactionId: string,
  customerId: string,
  overrides: Payload = {},
): EventToAppend =>
  toAppend('InteractionStarted', {
    interactionId,
    customerId,
    channel: 'phone',
    direction: 'outbound',
    agentId: 'agent-1',
    startedAt: '2024-03-01T10:00:00Z',
    ...overrides,
  });

/** A valid `RefundRequested` of GBP 15.00 by agent-1, within its limit; `overrides` replace fields. */
export const refundRequested = (
  refundId: string,
  complaintId: string,
  customerId: string,
  overrides: Payload = {},
): EventToAppend =>
  toAppend('RefundRequested', {
    refundId,
    complaintId,
    customerId,
    kind: 'refund',
    paymentReference: 'pay-1',
    amount: { minor: 1500, currency: 'GBP' },
    reason: 'goodwill',
    requestedBy: { kind: 'agent', id: 'agent-1' },
    requestedAt: '2024-03-02T09:00:00Z',
    approvalLimit: { minor: 5000, currency: 'GBP' },
    requiresSupervisorApproval: false,
    ...overrides,
  });

/** A valid `InteractionEnded` (300 s talk, 30 s hold, 60 s wrap-up); `overrides` replace fields. */
export const interactionEnded = (
  interactionId: string,
  endedAt: string,
  overrides: Payload = {},
): EventToAppend =>
  toAppend('InteractionEnded', {
    interactionId,
    summary: 'Explained the delay',
    talkSeconds: 300,
    holdSeconds: 30,
    wrapUpSeconds: 60,
    endedAt,
    ...overrides,
  });
