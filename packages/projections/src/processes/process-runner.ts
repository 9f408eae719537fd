import type { EventStore } from '@casebook/event-store';
import type { Pool } from 'pg';
import { workerName } from '../runner/polling-worker';
import { Ownership } from '../runner/ownership';
import { transaction } from '../runner/transaction';
import { sleep, waitForAppend } from '../runner/wake';
import { Intentions } from './intentions';
import type { ProcessManager } from './process';

export interface ProcessRunnerOptions {
  readonly pool: Pool;
  readonly store: EventStore;
  readonly process: ProcessManager;
  readonly pageSize?: number;
  readonly pollIntervalMs?: number;
  readonly ownershipRetryMs?: number;
  readonly retryDelayMs?: number;
  readonly maxRetryDelayMs?: number;
  readonly owner?: string;
  /** The instant outbox messages become due; the processes' clock (tests control it). */
  readonly clock?: () => Date;
  /** Told after each page's timers and messages are committed (the timer worker looks again). */
  readonly onCommitted?: (intentions: Intentions) => void;
  readonly onError?: (error: unknown) => void;
}

/** The checkpoint moved under this runner (another owner, or an operator): re-read it. */
class CheckpointMoved extends Error {}

/**
 * Reads the log for one process manager from its checkpoint, page by page, lets the process react
 * to each event (reads allowed, no transaction open: PGlite has one session), then writes the
 * page's timers and messages and the new checkpoint in one transaction. One owner at a time
 * across processes (an advisory lock, as projections); a crash re-reads the page, and timer
 * keys and message keys make the second writing a no-op.
 */
export class ProcessRunner {
  readonly owner: string;
  private readonly ownership: Ownership;
  private readonly checkpointName: string;
  private position = 0n;
  private stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private resync = true;
  private failures = 0;

  constructor(private readonly options: ProcessRunnerOptions) {
    this.owner = options.owner ?? workerName();
    this.checkpointName = options.process.name;
    this.ownership = new Ownership(options.pool, `process:${options.process.name}`, (e) => this.fail(e));
  }

  get checkpoint(): bigint {
    return this.position;
  }

  get owning(): boolean {
    return this.ownership.held;
  }

  start(): void {
    if (this.loop !== undefined) return;
    this.stopping = new AbortController();
    this.loop = this.run();
  }

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
    }
  }

  private async tick(): Promise<void> {
    try {
      if (!this.ownership.held) {
        if (!(await this.ownership.tryAcquire()))
          return sleep(this.options.ownershipRetryMs ?? 1000, this.stopping.signal);
        this.resync = true;
      }
      if (this.resync) this.position = await this.readCheckpoint();
      this.resync = false;
      const moved = await this.step();
      this.failures = 0;
      if (!moved) {
        const { store, process: p } = this.options;
        await waitForAppend(
          store,
          this.position,
          p,
          this.options.pollIntervalMs ?? 1000,
          this.stopping.signal,
        );
      }
    } catch (e) {
      this.resync = true;
      if (!(e instanceof CheckpointMoved)) this.fail(e);
      await sleep(this.retryDelay(), this.stopping.signal);
    }
  }

  /** The stored checkpoint; a first run starts at the beginning or at the head, as the process says. */
  private async readCheckpoint(): Promise<bigint> {
    const { pool, store, process: p } = this.options;
    const start = p.startFrom === 'now' ? await store.headPosition() : 0n;
    await pool.query(
      'INSERT INTO process_checkpoints (name, position) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [this.checkpointName, start.toString()],
    );
    const { rows } = await pool.query<{ position: string }>(
      'SELECT position FROM process_checkpoints WHERE name = $1',
      [this.checkpointName],
    );
    return BigInt(rows[0]?.position ?? start);
  }

  /** Reads, reacts to and commits one page; false when there was nothing after the checkpoint. */
  private async step(): Promise<boolean> {
    const { store, process: p, pool } = this.options;
    const page = await store.readAll({
      after: this.position,
      maxCount: this.options.pageSize ?? 200,
      eventTypes: p.eventTypes,
      streamPrefix: p.streamPrefix,
    });
    if (page.lastPosition <= this.position) return false;
    const intentions = new Intentions();
    for (const event of page.events) await p.react(event, { ...reactionsOf(intentions), store });
    const now = (this.options.clock ?? (() => new Date()))();
    await transaction(pool, async (q) => {
      const { rows } = await q('SELECT position FROM process_checkpoints WHERE name = $1 FOR UPDATE', [
        this.checkpointName,
      ]);
      if (String(rows[0]?.position) !== this.position.toString()) throw new CheckpointMoved();
      await intentions.write(q, p.name, now);
      await q(
        'UPDATE process_checkpoints SET position = $2, owner = $3, updated_at = now() WHERE name = $1',
        [this.checkpointName, page.lastPosition.toString(), this.owner],
      );
    });
    this.position = page.lastPosition;
    if (!intentions.empty) this.options.onCommitted?.(intentions);
    return true;
  }

  private retryDelay(): number {
    const first = this.options.retryDelayMs ?? 1000;
    const last = Math.max(first, this.options.maxRetryDelayMs ?? 5000);
    this.failures += 1;
    return Math.min(first * 2 ** Math.min(this.failures - 1, 20), last);
  }

  private fail(error: unknown): void {
    this.options.onError?.(error);
  }
}

/** The reaction methods bound to one page's intentions. */
const reactionsOf = (i: Intentions) => ({
  schedule: i.schedule.bind(i),
  cancel: i.cancel.bind(i),
  enqueue: i.enqueue.bind(i),
});
