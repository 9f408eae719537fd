import { randomUUID } from 'node:crypto';
import { eventSchemaVersions, type DomainEventType } from '@casebook/domain';
import {
  createEventStore,
  migrate,
  type EventToAppend,
  type Json,
  type PostgresEventStore,
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
