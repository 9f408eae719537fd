import type { EventStore } from '@casebook/event-store';
import type { Pool } from 'pg';
import { workerName } from './polling-worker';
import { applyPage, ConnectionBroken, ProjectionHeld, type RunnerHooks } from './apply-page';
import { ensureCheckpoint } from './checkpoints';
import { Ownership } from './ownership';
import type { AnyProjection } from './projection';
import { sleep, waitForAppend } from './wake';

export interface ProjectionRunnerOptions {
  readonly pool: Pool;
  readonly store: EventStore;
  readonly projection: AnyProjection;
  /** Events read (and applied in one transaction) per page. */
  readonly pageSize?: number;
  /** Fallback poll when no wake-up arrives; also how long a stop may wait for an idle runner. */
  readonly pollIntervalMs?: number;
  /** How often a runner that does not own the projection tries to take it over. */
  readonly ownershipRetryMs?: number;
  /**
   * Pause after a failure before the page is retried from the stored checkpoint; it doubles with
   * each failure in a row (a database that is away) up to `maxRetryDelayMs`, and resets on success.
   */
  readonly retryDelayMs?: number;
  /** Longest pause between retries (default 5 s): how late a runner may notice the database is back. */
  readonly maxRetryDelayMs?: number;
  /** Written to the checkpoint row; defaults to `host:pid:random`. */
  readonly owner?: string;
  readonly hooks?: RunnerHooks;
  readonly onError?: (error: unknown) => void;
}

/** How soon a runner looks again at a model a rebuild holds. */
const HELD_RETRY_MS = 20;

export type RunnerState = 'stopped' | 'waiting-for-ownership' | 'running';

/**
 * Keeps one projection up to date: takes ownership, then reads the log from the checkpoint page
 * by page and applies each page in one transaction, waking on appends and polling as a fallback.
 */
export class ProjectionRunner {
  readonly owner: string;
  private readonly ownership: Ownership;
  private position = 0n;
  private stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private current: RunnerState = 'stopped';
  private resync = true;
  private failures = 0;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.owner = options.owner ?? workerName();
    this.ownership = new Ownership(options.pool, options.projection.name, (e) => {
      this.current = 'waiting-for-ownership';
      this.fail(e);
    });
  }

  get state(): RunnerState {
    return this.current;
  }

  /** The checkpoint as this runner last wrote or read it. */
  get checkpoint(): bigint {
    return this.position;
  }

  start(): void {
    if (this.loop !== undefined) return;
    this.stopping = new AbortController();
    this.loop = this.run();
  }

  /** Stops at a page boundary (a page in flight commits or rolls back first) and frees ownership. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
    this.loop = undefined;
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopping.signal.aborted) await this.tick();
    } finally {
      await this.ownership.release();
      this.current = 'stopped';
    }
  }

  private async tick(): Promise<void> {
    try {
      if (!this.ownership.held) {
        this.current = 'waiting-for-ownership';
        if (!(await this.ownership.tryAcquire())) return this.sleep(this.options.ownershipRetryMs ?? 1000);
        this.current = 'running';
        this.resync = true;
      }
      // After a failure the stored checkpoint is the truth: a rolled-back page left it unmoved.
      if (this.resync)
        this.position = await ensureCheckpoint(this.options.pool, this.options.projection.name);
      this.resync = false;
      const moved = await this.step();
      this.failures = 0;
      if (!moved) await this.waitForAppend();
    } catch (e) {
      this.resync = true;
      // A rebuild's hold lasts milliseconds to seconds: wait quietly, and not a whole retry delay.
      if (e instanceof ProjectionHeld) return this.sleep(HELD_RETRY_MS);
      this.fail(e);
      await this.sleep(this.retryDelay());
    }
  }

  /** Bounded exponential backoff: an outage is retried without a busy loop or a flood of logs. */
  private retryDelay(): number {
    const first = this.options.retryDelayMs ?? 1000;
    const last = Math.max(first, this.options.maxRetryDelayMs ?? 5000);
    this.failures += 1;
    return Math.min(first * 2 ** Math.min(this.failures - 1, 20), last);
  }

  /** Reads and applies one page; false when there was nothing after the checkpoint. */
  private async step(): Promise<boolean> {
    const { store, projection, pool } = this.options;
    const page = await store.readAll({
      after: this.position,
      maxCount: this.options.pageSize ?? 500,
      eventTypes: projection.eventTypes,
      streamPrefix: projection.streamPrefix,
    });
    if (page.lastPosition <= this.position) return false;
    const client = await pool.connect();
    try {
      const to = page.lastPosition;
      await applyPage(
        client,
        projection,
        { from: this.position, events: page.events, to },
        this.owner,
        this.options.hooks,
      );
      client.release();
      this.position = to;
      return true;
    } catch (e) {
      client.release(e instanceof ConnectionBroken ? e : undefined);
      throw e;
    }
  }

  private waitForAppend(): Promise<void> {
    const { store, projection } = this.options;
    return waitForAppend(
      store,
      this.position,
      projection,
      this.options.pollIntervalMs ?? 1000,
      this.stopping.signal,
    );
  }

  private sleep(ms: number): Promise<void> {
    return sleep(ms, this.stopping.signal);
  }

  private fail(error: unknown): void {
    this.options.onError?.(error);
  }
}
