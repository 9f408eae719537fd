import { randomBytes } from 'node:crypto';
import { createEventStore, EsdbEventStore, type EventStore, PostgresKeyring } from '@casebook/event-store';
import { openTestDatabase, type TestDatabase } from '@casebook/event-store/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, type AppOptions } from '../app/create-app';
import { migrateApi } from '../app/database';
import { signToken, type Role } from '../auth/jwt';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123';

export interface TestApi {
  readonly app: NestFastifyApplication;
  readonly db: TestDatabase;
  /** The app's store: personal data sealed on append and opened on read, as every reader sees it. */
  readonly store: EventStore;
  /** The store under it: events as stored (personal data as ciphertext), on either backend. */
  readonly rawStore: EventStore;
  /** The personal-data master key the database was set up with, for a second process on it. */
  readonly masterKey: Buffer;
  /** A bearer header for `sub` holding `roles`. */
  auth(roles: Role | Role[], sub?: string): Record<string, string>;
  request(options: RequestOptions): Promise<TestResponse>;
  close(): Promise<void>;
}

export interface RequestOptions {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface TestResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * The real app on a database of the test file's own (PostgreSQL in DATABASE_URL, else PGlite),
 * with its events in the EventStoreDB in CASEBOOK_TEST_EVENTSTORE_URL when that is set: the
 * `e2e-esdb` jest project sets it (esdb-setup.ts) to EVENTSTORE_URL or a test server of its own.
 */
export async function startTestApi(options: Partial<AppOptions> = {}): Promise<TestApi> {
  const db = await openTestDatabase({ poolSize: 12 });
  await migrateApi(db.pool, db.connectionString);
  const eventStoreUrl = process.env.CASEBOOK_TEST_EVENTSTORE_URL;
  const store = eventStoreUrl
    ? new EsdbEventStore({ url: eventStoreUrl })
    : createEventStore(db.pool, db.kind);
  const masterKey = randomBytes(32);
  const app = await createApp({
    store,
    keyring: await PostgresKeyring.open(db.pool, masterKey),
    pool: db.pool,
    jwtSecret: TEST_SECRET,
    logLevel: 'silent',
    // The process managers act on their own clock; the tests that want them turn them on.
    processes: { run: false },
    ...options,
  });
  // Over a real socket rather than `inject`: the whole HTTP stack, and no ESM-only helper in jest.
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = await app.getUrl();
  return {
    app,
    db,
    masterKey,
    rawStore: store,
    store: app.get<symbol, CasebookConfig>(CASEBOOK_OPTIONS).store,
    auth: (roles, sub) => {
      const list = Array.isArray(roles) ? roles : [roles];
      return {
        authorization: `Bearer ${signToken({ sub: sub ?? `test-${list.join('-')}`, roles: list }, TEST_SECRET)}`,
      };
    },
    async request({ method, url, body, headers = {} }) {
      const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      const ct: Record<string, string> =
        payload === undefined || headers['content-type'] ? {} : { 'content-type': 'application/json' };
      const res = await fetch(`${base}${url}`, { method, body: payload, headers: { ...ct, ...headers } });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON (the docs page)
      }
      return { status: res.status, headers: Object.fromEntries(res.headers.entries()), body: parsed };
    },
    async close() {
      await app.close();
      await store.close();
      await db.close();
    },
  };
}
