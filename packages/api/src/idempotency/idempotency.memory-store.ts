import type { WrittenStream } from '@casebook/event-store';
import type { HttpOutcome } from '../http/outcome';
import {
  type Claim,
  DEFAULT_IDEMPOTENCY_WINDOWS,
  type IdempotencyStore,
  type IdempotencyWindows,
} from './idempotency.store';

interface Row {
  readonly hash: string;
  readonly claimedAt: number;
  outcome?: HttpOutcome;
}

/**
 * For an embedding application without PostgreSQL (tests, the in-memory store): one process only.
 * Its claims die with the process, so none is ever abandoned and nothing needs looking up.
 */
export class InMemoryIdempotencyStore implements IdempotencyStore {
  readonly answersFromEvents = false;
  private readonly rows = new Map<string, Row>();

  constructor(
    private readonly windows: IdempotencyWindows = DEFAULT_IDEMPOTENCY_WINDOWS,
    private readonly now: () => number = Date.now,
  ) {}

  claim(scope: string, key: string, hash: string): Promise<Claim> {
    const id = JSON.stringify([scope, key]);
    const row = this.rows.get(id);
    if (row === undefined || this.expired(row)) {
      this.rows.set(id, { hash, claimedAt: this.now() });
      return Promise.resolve({ kind: 'fresh' });
    }
    return Promise.resolve(
      row.hash !== hash
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

  /** In memory the events die with the claims: nothing to look for later, so a failure forgets it. */
  fail(scope: string, key: string): Promise<void> {
    return this.release(scope, key);
  }

  written(): Promise<readonly WrittenStream[]> {
    return Promise.resolve([]);
  }

  purgeExpired(limit: number): Promise<number> {
    let deleted = 0;
    for (const [id, row] of this.rows) {
      if (deleted >= limit) break;
      if (this.expired(row)) {
        this.rows.delete(id);
        deleted += 1;
      }
    }
    return Promise.resolve(deleted);
  }

  private expired(row: Row): boolean {
    return row.claimedAt < this.now() - this.windows.retentionMs;
  }
}
