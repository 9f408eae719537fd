import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { sleep } from './wake';

/** A name for one worker of one process: host, pid and a few random bytes (two in one pid differ). */
export const workerName = (): string => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

export interface PollingWorkerOptions {
  /** How long to wait when a round found nothing to do (default 1 s). */
  readonly pollIntervalMs?: number;
  /** A round's error: reported, and the loop goes on after the usual wait. */
  readonly onError?: (error: unknown) => void;
  /** What "due" means; tests move it. */
  readonly clock?: () => Date;
  /** The name its claims are made under (default `workerName()`). */
  readonly owner?: string;
}

/**
 * A worker that runs its `round` again at once while it finds work (a round returns how much it
 * did), otherwise after `pollIntervalMs` or as soon as `nudge` is called. `stop` waits for the
 * round in flight, so a claimed timer or message is finished or left to its lease, never
 * abandoned half-recorded.
 */
export abstract class PollingWorker {
  readonly owner: string;
  private stopping = new AbortController();
  private nudged = new AbortController();
  private loop: Promise<void> | undefined;

  constructor(private readonly polling: PollingWorkerOptions) {
    this.owner = polling.owner ?? workerName();
  }

  /** One round: claims what is due now and acts on it; how many it acted on. */
  protected abstract round(): Promise<number>;

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

  /** Look again now (something due at once was just added). */
  nudge(): void {
    this.nudged.abort();
  }

  protected now(): Date {
    return (this.polling.clock ?? (() => new Date()))();
  }

  private async run(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      try {
        if ((await this.round()) > 0) continue;
      } catch (e) {
        this.polling.onError?.(e);
      }
      if (this.nudged.signal.aborted) this.nudged = new AbortController();
      await sleep(this.polling.pollIntervalMs ?? 1000, this.stopping.signal, this.nudged.signal);
    }
  }
}
