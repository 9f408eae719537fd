import { randomBytes, randomUUID } from 'node:crypto';
import { runMigrations } from '../migrations';
import { PersonalDataStore } from '../personal/protected-store';
import { PostgresKeyring, personalDataMigrations } from '../personal/postgres-keyring';
import type { EventStore, EventToAppend } from '../port';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { migrate } from '../postgres/schema';
import { benchSchema, caseResult, drive, report } from './stats';

/**
 * `pnpm bench personal [--json] [--events N]`: what sealing personal data costs. The same
 * customer events (four personal fields) appended and read through the sealing store and through
 * the plain store beneath it, in one run, on the PostgreSQL in DATABASE_URL; `baselinePerSecond`
 * is the plain store.
 */
const policy = {
  fields: { Registered: ['name', 'email', 'phone', 'address'] },
  subjectOf: (data: unknown) => (data as { customerId: string }).customerId,
  erased: '[erased]',
};
const metadata = {
  actor: { kind: 'agent' as const, id: 'agent-1' },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  occurredAt: new Date().toISOString(),
};
const registered = (customerId: string): EventToAppend => ({
  eventId: randomUUID(),
  type: 'Registered',
  data: {
    customerId,
    name: 'Ann Smith',
    email: 'ann.smith@example.com',
    phone: '+44 20 7946 0000',
    address: { line1: '1 High Street', city: 'Leeds', postcode: 'LS1 1AA', country: 'GB' },
  },
  metadata,
});

const WRITERS = 16;

/** A new customer per append: the sealing store also makes the subject's key (one more statement). */
async function firstAppends(sealed: EventStore, plain: EventStore, total: number, tag: string) {
  const ours = await drive(WRITERS, total, (w, i) =>
    sealed.appendToStream(`customer-s${tag}-${w}-${i}`, [registered(`s${tag}-${w}-${i}`)]),
  );
  const raw = await drive(WRITERS, total, (w, i) =>
    plain.appendToStream(`customer-p${tag}-${w}-${i}`, [registered(`p${tag}-${w}-${i}`)]),
  );
  return caseResult(
    'first appends of a customer, 16 writers',
    total / ours.seconds,
    total / raw.seconds,
    ours.latencies,
  );
}

/** Reads of the streams just written: the sealing store fetches the key and opens four fields. */
async function reads(sealed: EventStore, plain: EventStore, total: number, tag: string) {
  const ours = await drive(WRITERS, total, (w, i) => sealed.readStream(`customer-s${tag}-${w}-${i}`));
  const raw = await drive(WRITERS, total, (w, i) => plain.readStream(`customer-p${tag}-${w}-${i}`));
  return caseResult('stream reads, 16 readers', total / ours.seconds, total / raw.seconds, ours.latencies);
}

export async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  const n = Number(argv[argv.indexOf('--events') + 1] ?? 0) || 10_000;
  const schema = await benchSchema('personal');
  const pool = schema.pool(16);
  try {
    await migrate(pool);
    await runMigrations(pool, personalDataMigrations);
    const plain = new PostgresEventStore({ pool, notifications: false });
    const sealed = new PersonalDataStore(plain, await PostgresKeyring.open(pool, randomBytes(32)), policy);
    await firstAppends(sealed, plain, 500, 'warm');
    const results = [await firstAppends(sealed, plain, n, 'run'), await reads(sealed, plain, n, 'run')];
    report(results, json);
  } finally {
    await pool.end();
    await schema.drop();
  }
}
