/**
 * Runs work one at a time per key, in arrival order, and work on other keys alongside. In front
 * of the command runner, keyed by the plan's streams: commands for one stream in this process
 * wait their turn instead of reading the same version and racing each other through retries.
 * Another process still races, and the runner's bounded retry handles that.
 *
 * Work on several keys (a refund request appends to the refund and to the complaint) takes its
 * keys in sorted order, one after the other: every holder waits only for keys sorting after the
 * ones it holds, so no two can wait on each other. (So work queues on its second key only once it
 * holds its first: single-key work may pass it there, never on a key it already holds.) A key is
 * forgotten when its last holder leaves, so the map holds only the keys with work in flight.
 */
export class StreamQueue {
  /** Per key, the promise that settles when the last work queued on it releases the key. */
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    const releases: Array<() => void> = [];
    try {
      for (const key of [...new Set(keys)].sort()) releases.push(await this.acquire(key));
      return await work();
    } finally {
      for (const release of releases.reverse()) release();
    }
  }

  /** Keys with work running or waiting; for tests and metrics. */
  get size(): number {
    return this.tails.size;
  }

  private async acquire(key: string): Promise<() => void> {
    const previous = this.tails.get(key);
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    this.tails.set(key, mine);
    if (previous) await previous;
    return () => {
      if (this.tails.get(key) === mine) this.tails.delete(key);
      release();
    };
  }
}
