import { Client, type ClientConfig, type Pool } from 'pg';
import type { AppendSignal } from '../subscription';

const CHANNEL = 'casebook_appended';
/** Re-listening after a lost connection backs off from the first to the last delay, doubling. */
const RELISTEN_FIRST_MS = 250;
const RELISTEN_LAST_MS = 5_000;

/**
 * NOTIFYs are at least this far apart: under load one covers every commit of its window (at 250
 * commands/s, one per 20 ms instead of one per command, each a round trip on a pooled
 * connection), at the cost of at most this much delay before other processes wake.
 */
const NOTIFY_EVERY_MS = 5;

/**
 * Cross-process wake-ups. NOTIFY is sent after the append has committed, as its own statement
 * (NOTIFY inside the append transaction would take a global lock at commit), and coalesced: a
 * commit while one is in flight, or within NOTIFY_EVERY_MS of the last, only marks one more as
 * due. Losing one costs a poll interval, not an event.
 */
export class Notifications {
  private sending = false;
  private again = false;
  private lastSentAt = -Infinity;
  private dueTimer: NodeJS.Timeout | undefined;
  private listener: Client | undefined;
  private closed = false;
  private relistenMs = RELISTEN_FIRST_MS;
  private relistenTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly signal: AppendSignal,
  ) {}

  afterCommit(): void {
    if (this.sending || this.dueTimer) {
      this.again = true;
      return;
    }
    const wait = this.lastSentAt + NOTIFY_EVERY_MS - performance.now();
    if (wait > 0) {
      this.dueTimer = setTimeout(() => {
        this.dueTimer = undefined;
        if (!this.closed) this.afterCommit();
      }, wait);
      return;
    }
    this.sending = true;
    this.again = false;
    this.lastSentAt = performance.now();
    this.pool
      .query({ name: 'casebook_notify', text: `SELECT pg_notify('${CHANNEL}', '')` })
      .catch(() => undefined)
      .finally(() => {
        this.sending = false;
        if (this.again && !this.closed) {
          this.again = false;
          this.afterCommit();
        }
      });
  }

  /** Starts listening once, on a connection of its own outside the pool. */
  async listen(): Promise<void> {
    if (this.listener || this.closed) return;
    const config = (this.pool as unknown as { options: ClientConfig }).options;
    const client = new Client(config);
    this.listener = client;
    client.on('notification', () => this.signal.notify());
    // A restart or a network blip: polling covers the gap while LISTEN is re-established.
    const lost = () => {
      if (this.listener !== client) return;
      this.listener = undefined;
      this.relistenSoon();
    };
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.relistenMs = RELISTEN_FIRST_MS;
      // Appends made while nobody listened woke no one: let subscriptions look now.
      this.signal.notify();
    } catch (e) {
      // Not listening: forget this client so the next subscription tries again (polling covers us).
      if (this.listener === client) this.listener = undefined;
      client.off('end', lost);
      await client.end().catch(() => undefined);
      throw e;
    }
  }

  /** Tries LISTEN again after a bounded, growing delay, until it is up or the store closes. */
  private relistenSoon(): void {
    if (this.closed || this.relistenTimer) return;
    const delay = this.relistenMs;
    this.relistenMs = Math.min(delay * 2, RELISTEN_LAST_MS);
    this.relistenTimer = setTimeout(() => {
      this.relistenTimer = undefined;
      this.listen().catch(() => this.relistenSoon());
    }, delay);
    this.relistenTimer.unref();
  }

  /** Whether a LISTEN connection is up (for tests and readiness). */
  get listening(): boolean {
    return this.listener !== undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.relistenTimer);
    clearTimeout(this.dueTimer);
    const l = this.listener;
    this.listener = undefined;
    if (l) await l.end().catch(() => undefined);
  }
}
