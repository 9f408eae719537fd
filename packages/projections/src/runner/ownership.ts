import type { Pool, PoolClient } from 'pg';

/** First key of the two-int advisory lock space: keeps clear of the store's one-bigint locks. */
export const LOCK_SPACE = 7_370_001;

/**
 * Second key: the model's name within its schema. Advisory locks are per database, and casebooks in
 * two schemas of one database (or two test files) must not own each other's models. `$2` is the name.
 */
export const MODEL_KEY = "hashtext(current_schema() || '/' || $2)";

/**
 * One connection per pool holds every ownership lock this process has: session-level advisory
 * locks live as long as their connection, so one connection is enough for any number of models
 * and the pool keeps the rest for pages. The set of names held is also what keeps two runners of
 * one process apart on PGlite, where every connection shares one session and advisory locks
 * exclude nobody (they are re-entrant within a session).
 */
class LockConnection {
  private client: PoolClient | undefined;
  private readonly held = new Map<string, (e: Error) => void>();
  /** Lock calls one at a time: the client is taken and given back between them. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly pool: Pool) {}

  has(name: string): boolean {
    return this.held.has(name);
  }

  tryLock(name: string, onLost: (e: Error) => void): Promise<boolean> {
    return this.serially(async () => {
      if (this.held.has(name)) return false;
      const client = this.client ?? (await this.connect());
      const res = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock($1, ${MODEL_KEY}) AS ok`, [
        LOCK_SPACE,
        name,
      ]);
      if (res.rows[0]?.ok === true) this.held.set(name, onLost);
      this.giveBackIfIdle();
      return this.held.has(name);
    });
  }

  unlock(name: string): Promise<void> {
    return this.serially(async () => {
      if (!this.held.delete(name) || !this.client) return;
      // If the unlock fails the connection is broken, and closing it frees every lock on it.
      await this.client
        .query(`SELECT pg_advisory_unlock($1, ${MODEL_KEY})`, [LOCK_SPACE, name])
        .catch((e: unknown) => this.lost(e instanceof Error ? e : new Error(String(e))));
      this.giveBackIfIdle();
    });
  }

  private async connect(): Promise<PoolClient> {
    const client = await this.pool.connect();
    client.on('error', this.lost);
    this.client = client;
    return client;
  }

  private giveBackIfIdle(): void {
    if (this.held.size > 0 || !this.client) return;
    this.client.off('error', this.lost);
    this.client.release();
    this.client = undefined;
  }

  /** The connection failed: every lock on it is gone, and every owner is told. */
  private readonly lost = (e: Error): void => {
    const client = this.client;
    this.client = undefined;
    client?.off('error', this.lost);
    client?.release(e);
    const owners = [...this.held.values()];
    this.held.clear();
    for (const onLost of owners) onLost(e);
  };

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

const connections = new WeakMap<Pool, LockConnection>();

const lockConnection = (pool: Pool): LockConnection => {
  let c = connections.get(pool);
  if (!c) connections.set(pool, (c = new LockConnection(pool)));
  return c;
};

/**
 * Ownership of one projection: a session-level advisory lock on this process's lock connection.
 * If the process dies its connection closes and PostgreSQL frees the lock, so another runner's
 * next attempt takes over.
 */
export class Ownership {
  private owned = false;

  constructor(
    private readonly pool: Pool,
    private readonly name: string,
    /** Called when the lock's connection fails: ownership can no longer be assumed. */
    private readonly onLost: (e: Error) => void,
  ) {}

  get held(): boolean {
    return this.owned;
  }

  async tryAcquire(): Promise<boolean> {
    this.owned = await lockConnection(this.pool).tryLock(this.name, (e) => {
      this.owned = false;
      this.onLost(e);
    });
    return this.owned;
  }

  async release(): Promise<void> {
    if (!this.owned) return;
    this.owned = false;
    await lockConnection(this.pool).unlock(this.name);
  }
}
