/**
 * A job a process runs every `everyMs` while it lives (the idempotency purge, the erasure sweep):
 * one run at a time, the next planned when the last one ends, never keeping the process alive.
 * `job` handles its own failures (logs them; the next run tries again).
 */
export class Periodic {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private halted = false;

  constructor(
    private readonly job: () => Promise<void>,
    private readonly everyMs: number,
  ) {}

  /** True once `stop` was called: a job working through batches ends after the one in hand. */
  get stopped(): boolean {
    return this.halted;
  }

  start(firstAfterMs = this.everyMs): void {
    this.schedule(firstAfterMs);
  }

  /** No more runs; waits for the one in progress (the pool closes after this). */
  async stop(): Promise<void> {
    this.halted = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.job().finally(() => {
        this.running = undefined;
        if (!this.halted) this.schedule(this.everyMs);
      });
    }, delayMs);
    this.timer.unref();
  }
}
