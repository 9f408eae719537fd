import type { Pool, PoolClient } from 'pg';

/** First key of the two-int advisory lock space: keeps clear of the store's one-bigint locks. */
export const LOCK_SPACE = 7_370_001;

/**
 * Projections owned by this process, per pool. On PGlite every connection shares one session,
 * so `pg_try_advisory_lock` always succeeds (advisory locks are re-entrant within a session);
 * this map is what keeps two runners of one process apart there. On PostgreSQL the advisory lock
 * keeps processes apart, the map keeps this process from locking twice.
 */
const ownedHere = new WeakMap<Pool, Set<string>>();

/**
 * A session-level advisory lock held on a dedicated connection for as long as the runner owns
 * the projection. If the process dies its connection closes and PostgreSQL frees the lock, so
 * another runner's next attempt takes over.
 */
export class Ownership {
  private client: PoolClient | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly name: string,
    /** Called when the lock's connection fails: ownership can no longer be assumed. */
    private readonly onLost: (e: Error) => void,
  ) {}

  get held(): boolean {
    return this.client !== undefined;
  }

  async tryAcquire(): Promise<boolean> {
    const here = ownedHere.get(this.pool) ?? new Set<string>();
    ownedHere.set(this.pool, here);
    if (here.has(this.name)) return false;
    here.add(this.name);
    const client = await this.pool.connect().catch((e: unknown) => {
      here.delete(this.name);
      throw e;
    });
    const res = await client
      .query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok', [LOCK_SPACE, this.name])
      .catch((e: unknown) => ({ rows: [{ ok: false }], error: e }));
    if (res.rows[0]?.ok !== true) {
      client.release('error' in res);
      here.delete(this.name);
      return false;
    }
    client.on('error', this.lost);
    this.client = client;
    return true;
  }

  async release(): Promise<void> {
    const client = this.client;
    if (client === undefined) return;
    this.client = undefined;
    client.off('error', this.lost);
    ownedHere.get(this.pool)?.delete(this.name);
    try {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_SPACE, this.name]);
      client.release();
    } catch (e) {
      // Closing the connection frees the lock too.
      client.release(e instanceof Error ? e : true);
    }
  }

  private readonly lost = (e: Error): void => {
    const client = this.client;
    this.client = undefined;
    ownedHere.get(this.pool)?.delete(this.name);
    client?.release(e);
    this.onLost(e);
  };
}
