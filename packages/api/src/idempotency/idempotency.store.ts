import type { Pool } from 'pg';
import { findWrittenUnderKey, type Migration, type WrittenStream } from '@casebook/event-store';
import type { HttpOutcome } from '../http/outcome';

/** How long keys are honoured and when a claim counts as abandoned (docs/operations.md). */
export interface IdempotencyWindows {
  /** A key is honoured this long after its claim; older rows are overwritten by reuse and purged. */
  readonly retentionMs: number;
  /** An "in progress" claim older than this belongs to a request that died; a retry may take over. */
  readonly abandonedAfterMs: number;
}

export const DEFAULT_IDEMPOTENCY_WINDOWS: IdempotencyWindows = {
  retentionMs: 24 * 3600_000,
  abandonedAfterMs: 120_000,
};

/** The `idempotencyKeys` option: the windows, the purge job, and a hook for crash tests. */
export interface IdempotencySettings extends Partial<IdempotencyWindows> {
  /**
   * The job deleting expired keys: every `everyMs` (default 60 000), `batchSize` rows per
   * statement (default 1 000). `false` turns it off (another process purges).
   */
  readonly purge?: false | { readonly everyMs?: number; readonly batchSize?: number };
  /**
   * Test hook, between a command's append committing and its key being marked done: a test
   * throws or never resolves here to play a process dying at that point.
   */
  readonly afterRun?: () => Promise<void>;
}

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
  {
    // A request that failed (the database went away mid-request, a crash in our code) may have
    // appended before it failed: its claim is kept as `failed`, so a retry looks for its events.
    id: 'api/002-idempotency-failed',
    sql: `ALTER TABLE api_idempotency_keys DROP CONSTRAINT IF EXISTS api_idempotency_keys_status_check;
    ALTER TABLE api_idempotency_keys ADD CONSTRAINT api_idempotency_keys_status_check
      CHECK (status IN ('in_progress', 'done', 'failed'));`,
  },
];

/** What a first look at a key finds. */
export type Claim =
  /** `abandonedAt`: this claim took over one for the same request made then, by a process that died. */
  | { readonly kind: 'fresh'; readonly abandonedAt?: Date }
  | { readonly kind: 'replay'; readonly outcome: HttpOutcome }
  | { readonly kind: 'mismatch' }
  /** `since`: when the claim was made, where a store can look for what its request wrote. */
  | { readonly kind: 'in_progress'; readonly since?: Date };

export interface IdempotencyStore {
  /**
   * True when `written` finds what a request wrote (the events carry its key): a request whose
   * answer can be rebuilt from its events then leaves its claim in progress instead of storing
   * the answer, one statement less per command (the gate answers a retry from the events).
   */
  readonly answersFromEvents: boolean;
  /** Claims (scope, key) for a request with `hash`, or says why not. Atomic: two racers, one winner. */
  claim(scope: string, key: string, hash: string): Promise<Claim>;
  complete(scope: string, key: string, outcome: HttpOutcome): Promise<void>;
  /** Forgets a claim whose request was answered in a way a retry should not replay (e.g. a 409). */
  release(scope: string, key: string): Promise<void>;
  /**
   * Marks a claim whose request threw (a 503 when the database went away, a 500): it may have
   * appended first, so the next claim of the same request is told when this one was made
   * (`abandonedAt`) and looks for what it wrote before running it again.
   */
  fail(scope: string, key: string): Promise<void>;
  /** The streams a request under (scope, key) claimed at `since` wrote to: events carry the key. */
  written(scope: string, key: string, since: Date): Promise<readonly WrittenStream[]>;
  /** Deletes up to `limit` expired keys; the count deleted. */
  purgeExpired(limit: number): Promise<number>;
}

/** The streams events carrying `key` from `actorId` went to since `since` (`findWrittenUnderKey`). */
export type WrittenLookup = (query: {
  readonly key: string;
  readonly actorId: string;
  readonly since: Date;
}) => Promise<readonly WrittenStream[]>;

/** Keys in PostgreSQL beside the events, so they survive restarts and are shared by replicas. */
export class PostgresIdempotencyStore implements IdempotencyStore {
  readonly answersFromEvents = true;

  constructor(
    private readonly pool: Pool,
    private readonly windows: IdempotencyWindows = DEFAULT_IDEMPOTENCY_WINDOWS,
    /** Where the events are looked for: this pool's events table, unless they are elsewhere (EventStoreDB). */
    private readonly findWritten: WrittenLookup = (query) => findWrittenUnderKey(pool, query),
  ) {}

  async claim(scope: string, key: string, hash: string): Promise<Claim> {
    // `old` is the row before a takeover: an abandoned claim of the same request may have
    // appended before its process died, so the caller looks for its events.
    const won = await this.pool.query<{ abandoned_at: Date | null }>(
      `WITH old AS (SELECT request_hash, status, created_at FROM api_idempotency_keys WHERE scope = $1 AND key = $2)
       INSERT INTO api_idempotency_keys AS k (scope, key, request_hash, status) VALUES ($1, $2, $3, 'in_progress')
       ON CONFLICT (scope, key) DO UPDATE SET request_hash = $3, status = 'in_progress', response = NULL, created_at = now()
       WHERE k.created_at < now() - $4 * interval '1 millisecond'
          OR k.status = 'failed'
          OR (k.status = 'in_progress' AND k.created_at < now() - $5 * interval '1 millisecond')
       RETURNING (SELECT o.created_at FROM old o WHERE o.status IN ('in_progress', 'failed') AND o.request_hash = $3
                     AND o.created_at >= now() - $4 * interval '1 millisecond') AS abandoned_at`,
      [scope, key, hash, this.windows.retentionMs, this.windows.abandonedAfterMs],
    );
    const taken = won.rows[0];
    if (taken !== undefined) {
      return taken.abandoned_at === null
        ? { kind: 'fresh' }
        : { kind: 'fresh', abandonedAt: taken.abandoned_at };
    }
    const found = await this.pool.query<{
      request_hash: string;
      status: string;
      response: HttpOutcome | null;
      created_at: Date;
    }>(
      'SELECT request_hash, status, response, created_at FROM api_idempotency_keys WHERE scope = $1 AND key = $2',
      [scope, key],
    );
    const row = found.rows[0];
    if (row === undefined) return this.claim(scope, key, hash); // released between the two statements
    if (row.request_hash !== hash) return { kind: 'mismatch' };
    if (row.status !== 'done' || row.response === null) return { kind: 'in_progress', since: row.created_at };
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

  async fail(scope: string, key: string): Promise<void> {
    await this.pool.query(
      `UPDATE api_idempotency_keys SET status = 'failed' WHERE scope = $1 AND key = $2 AND status = 'in_progress'`,
      [scope, key],
    );
  }

  /** The scope is the token's subject, which every event of the request records as `actor.id`. */
  written(scope: string, key: string, since: Date): Promise<readonly WrittenStream[]> {
    return this.findWritten({ key, actorId: scope, since });
  }

  /**
   * One short statement per batch, so the purge never holds locks or a snapshot for long. The
   * outer age check is evaluated again on a row a claim re-took meanwhile, which then stays.
   */
  async purgeExpired(limit: number): Promise<number> {
    const deleted = await this.pool.query(
      `DELETE FROM api_idempotency_keys
        WHERE ctid IN (SELECT ctid FROM api_idempotency_keys
                        WHERE created_at < now() - $1 * interval '1 millisecond' LIMIT $2)
          AND created_at < now() - $1 * interval '1 millisecond'`,
      [this.windows.retentionMs, limit],
    );
    return deleted.rowCount ?? 0;
  }
}
