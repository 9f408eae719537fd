import type { EventStore, ReadAllResult } from '@casebook/event-store';
import type { Pool } from 'pg';
import { workerName } from './polling-worker';
import { applyPage, ConnectionBroken } from './apply-page';
import { ensureCheckpoint } from './checkpoints';
import { type Run, transaction } from './transaction';
import { copySecondaryIndexes } from './indexes';
import { Ownership } from './ownership';
import type { AnyProjection } from './projection';
import { quote } from './sql';

/** How far a rebuild or verify has got, for progress bars. */
export interface RebuildProgress {
  /** Events applied to the new tables so far. */
  readonly applied: number;
  readonly position: bigint;
  /** Where it is going: the live model's checkpoint (the log's head once it is caught up). */
  readonly head: bigint;
  readonly elapsedMs: number;
}

export interface ShadowOptions {
  readonly pool: Pool;
  readonly store: EventStore;
  readonly projection: AnyProjection;
  readonly pageSize?: number;
  readonly onProgress?: (p: RebuildProgress) => void;
  readonly signal?: AbortSignal;
}

/** Every shadow event was already seen by the live model: replay mode, side effects off. */
const ALWAYS_REPLAY = '9223372036854775807';
/** A rebuild is a batch job: bigger pages than the live runner's 500 write each row less often. */
const REBUILD_PAGE_SIZE = 2000;
/** A hold lapses unless renewed: a rebuild that dies frees the live model this soon. */
const HOLD_SECONDS = 30;

/**
 * A copy of a model built from the log in tables of its own (`<table>__<suffix>`, checkpoint
 * `<name>~<suffix>`) while the live model keeps serving. It never reads past the live model's
 * checkpoint, so at the end, with the live model held still, both stand at the same position.
 */
export class Shadow {
  readonly projection: AnyProjection;
  readonly holder = workerName();
  private readonly ownership: Ownership;
  private position = 0n;
  private count = 0;
  private readonly started = Date.now();

  constructor(
    private readonly options: ShadowOptions,
    suffix: string,
  ) {
    const live = options.projection;
    this.projection = {
      ...live,
      name: `${live.name}~${suffix}`,
      table: { ...live.table, name: `${live.table.name}__${suffix}` },
    };
    this.ownership = new Ownership(options.pool, this.projection.name, () => undefined);
  }

  /** Events applied so far. */
  get applied(): number {
    return this.count;
  }

  /** Takes the shadow's own lock (one rebuild or verify per model at a time) and makes empty tables. */
  async create(): Promise<void> {
    if (!(await this.ownership.tryAcquire())) {
      throw new Error(`a rebuild or verify of ${this.options.projection.name} is already running`);
    }
    const { name, table } = this.projection;
    await transaction(this.options.pool, async (q) => {
      await this.clear(q);
      // Columns, defaults and the primary key (the upsert's conflict target); other indexes later.
      await q(
        `CREATE TABLE ${quote(table.name)} (LIKE ${quote(this.options.projection.table.name)} INCLUDING ALL EXCLUDING INDEXES)`,
      );
      const key = (table.columns as Record<string, { column: string }>)[table.key]!.column;
      await q(`ALTER TABLE ${quote(table.name)} ADD PRIMARY KEY (${quote(key)})`);
      await q('INSERT INTO projection_checkpoints (name, position, replay_until) VALUES ($1, 0, $2)', [
        name,
        ALWAYS_REPLAY,
      ]);
    }).catch(async (e: unknown) => {
      await this.ownership.release(); // a failed start must not keep the model locked
      throw e;
    });
  }

  /**
   * Applies pages until the shadow stands at the live checkpoint (read afresh for every page).
   * The next page is read while the current one is applied: reading and writing overlap.
   */
  async catchUp(): Promise<bigint> {
    let next: Promise<ReadAllResult> | undefined;
    for (;;) {
      this.options.signal?.throwIfAborted();
      const target = await ensureCheckpoint(this.options.pool, this.options.projection.name);
      if (this.position >= target) {
        await next?.catch(() => undefined);
        return target;
      }
      const page = await (next ?? this.read(this.position));
      const to = page.lastPosition < target ? page.lastPosition : target;
      if (to <= this.position) {
        // The live checkpoint is past what this reader can see yet (an older transaction is
        // still open): wait a moment rather than spin.
        next = undefined;
        await new Promise((r) => setTimeout(r, 10));
        continue;
      }
      next = to < page.lastPosition || page.events.length === 0 ? undefined : this.read(to);
      next?.catch(() => undefined); // awaited on the next turn; no unhandled rejection meanwhile
      await this.apply(page, target, to);
      this.options.onProgress?.({
        applied: this.count,
        position: this.position,
        head: target,
        elapsedMs: Date.now() - this.started,
      });
    }
  }

  /** Gives the copy the live table's secondary indexes, once its rows are loaded. */
  async index(): Promise<void> {
    await transaction(this.options.pool, (q) =>
      copySecondaryIndexes(q, this.options.projection.table.name, this.projection.table.name),
    );
  }

  /** Stops the live model's runner at a page boundary: it waits while the lease lasts. */
  async hold(): Promise<void> {
    await this.options.pool.query(
      `UPDATE projection_checkpoints SET held_by = $2, held_until = now() + make_interval(secs => $3)
        WHERE name = $1`,
      [this.options.projection.name, this.holder, HOLD_SECONDS],
    );
  }

  async release(): Promise<void> {
    await this.options.pool
      .query(
        'UPDATE projection_checkpoints SET held_by = NULL, held_until = NULL WHERE name = $1 AND held_by = $2',
        [this.options.projection.name, this.holder],
      )
      .catch(() => undefined);
  }

  /** Drops the shadow's tables, links and checkpoint, and frees its lock. */
  async drop(): Promise<void> {
    await transaction(this.options.pool, (q) => this.clear(q)).finally(() => this.ownership.release());
  }

  /** Whatever an earlier shadow of this name left (a crashed rebuild), or this one. */
  private async clear(q: Run): Promise<void> {
    const { name, table } = this.projection;
    await q(`DROP TABLE IF EXISTS ${quote(table.name)}`);
    await q('DELETE FROM projection_links WHERE projection = $1', [name]);
    await q('DELETE FROM projection_checkpoints WHERE name = $1', [name]);
  }

  async close(): Promise<void> {
    await this.ownership.release();
  }

  private read(after: bigint): Promise<ReadAllResult> {
    return this.options.store.readAll({
      after,
      maxCount: this.options.pageSize ?? REBUILD_PAGE_SIZE,
      eventTypes: this.projection.eventTypes,
      streamPrefix: this.projection.streamPrefix,
    });
  }

  private async apply(page: ReadAllResult, target: bigint, to: bigint): Promise<void> {
    const events = page.events.filter((e) => e.globalPosition <= target);
    const client = await this.options.pool.connect();
    try {
      await applyPage(client, this.projection, { from: this.position, events, to }, this.holder);
      client.release();
    } catch (e) {
      client.release(e instanceof ConnectionBroken ? e : undefined);
      throw e;
    }
    this.position = to;
    this.count += events.length;
  }
}
