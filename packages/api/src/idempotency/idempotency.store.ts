import type { Pool } from 'pg';
import type { Migration } from '@casebook/event-store';
import type { HttpOutcome } from '../http/outcome';

/** How long a key is honoured; rows older than this are overwritten by a new use of the key. */
export const KEY_RETENTION = '24 hours';
/** An "in progress" row older than this belongs to a request that died; a retry may take over. */
const ABANDONED_AFTER = '2 minutes';

export const idempotencyMigrations: readonly Migration[] = [
  {
    id: 'api/001-idempotency-keys',
    sql: `CREATE TABLE IF NOT EXISTS api_idempotency_keys (
      scope text NOT NULL,
      key text NOT NULL,
      request_hash text NOT NULL,
      status text NOT NULL CHECK (status IN ('in_progress', 'done')),
      response jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (scope, key));
    CREATE INDEX IF NOT EXISTS api_idempotency_keys_created_at ON api_idempotency_keys (created_at);`,
  },
];

/** What a first look at a key finds. */
export type Claim =
  | { readonly kind: 'fresh' }
  | { readonly kind: 'replay'; readonly outcome: HttpOutcome }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'in_progress' };

export interface IdempotencyStore {
  /** Claims (scope, key) for a request with `hash`, or says why not. Atomic: two racers, one winner. */
  claim(scope: string, key: string, hash: string): Promise<Claim>;
  complete(scope: string, key: string, outcome: HttpOutcome): Promise<void>;
  /** Forgets a claim whose request ended in a way a retry should not replay (e.g. a 409 or a 500). */
  release(scope: string, key: string): Promise<void>;
}

/** Keys in PostgreSQL beside the events, so they survive restarts and are shared by replicas. */
export class PostgresIdempotencyStore implements IdempotencyStore {
  constructor(private readonly pool: Pool) {}

  async claim(scope: string, key: string, hash: string): Promise<Claim> {
    const won = await this.pool.query(
      `INSERT INTO api_idempotency_keys AS k (scope, key, request_hash, status) VALUES ($1, $2, $3, 'in_progress')
       ON CONFLICT (scope, key) DO UPDATE SET request_hash = $3, status = 'in_progress', response = NULL, created_at = now()
       WHERE k.created_at < now() - interval '${KEY_RETENTION}'
          OR (k.status = 'in_progress' AND k.created_at < now() - interval '${ABANDONED_AFTER}')
       RETURNING 1`,
      [scope, key, hash],
    );
    if (won.rowCount === 1) return { kind: 'fresh' };
    const found = await this.pool.query<{
      request_hash: string;
      status: string;
      response: HttpOutcome | null;
    }>('SELECT request_hash, status, response FROM api_idempotency_keys WHERE scope = $1 AND key = $2', [
      scope,
      key,
    ]);
    const row = found.rows[0];
    if (row === undefined) return this.claim(scope, key, hash); // released between the two statements
    if (row.request_hash !== hash) return { kind: 'mismatch' };
    if (row.status !== 'done' || row.response === null) return { kind: 'in_progress' };
    return { kind: 'replay', outcome: row.response };
  }

  async complete(scope: string, key: string, outcome: HttpOutcome): Promise<void> {
    await this.pool.query(
      `UPDATE api_idempotency_keys SET status = 'done', response = $3 WHERE scope = $1 AND key = $2`,
      [scope, key, JSON.stringify(outcome)],
    );
  }

  async release(scope: string, key: string): Promise<void> {
    await this.pool.query(
      `DELETE FROM api_idempotency_keys WHERE scope = $1 AND key = $2 AND status = 'in_progress'`,
      [scope, key],
    );
  }
}

/** For an embedding application without PostgreSQL (tests, the in-memory store): one process only. */
export class InMemoryIdempotencyStore implements IdempotencyStore {
  private readonly rows = new Map<string, { hash: string; outcome?: HttpOutcome }>();

  claim(scope: string, key: string, hash: string): Promise<Claim> {
    const id = JSON.stringify([scope, key]);
    const row = this.rows.get(id);
    if (row === undefined) this.rows.set(id, { hash });
    return Promise.resolve(
      row === undefined
        ? { kind: 'fresh' }
        : row.hash !== hash
          ? { kind: 'mismatch' }
          : row.outcome
            ? { kind: 'replay', outcome: row.outcome }
            : { kind: 'in_progress' },
    );
  }

  complete(scope: string, key: string, outcome: HttpOutcome): Promise<void> {
    const row = this.rows.get(JSON.stringify([scope, key]));
    if (row) row.outcome = outcome;
    return Promise.resolve();
  }

  release(scope: string, key: string): Promise<void> {
    this.rows.delete(JSON.stringify([scope, key]));
    return Promise.resolve();
  }
}
