import { Client, type ClientConfig, type Pool } from 'pg';
import type { AppendSignal } from '../subscription';

const CHANNEL = 'casebook_appended';

/**
 * Cross-process wake-ups. NOTIFY is sent after the append has committed, as its own statement
 * (NOTIFY inside the append transaction would take a global lock at commit), and coalesced: while
 * one is in flight further appends only set a flag. Losing one costs a poll interval, not an event.
 */
export class Notifications {
  private sending = false;
  private again = false;
  private listener: Client | undefined;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly signal: AppendSignal,
  ) {}

  afterCommit(): void {
    if (this.sending) {
      this.again = true;
      return;
    }
    this.sending = true;
    this.pool
      .query(`SELECT pg_notify('${CHANNEL}', '')`)
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
    client.on('error', () => {
      // The poll interval covers the gap; a new listener starts on the next subscription.
      this.listener = undefined;
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (e) {
      // Not listening: forget this client so the next subscription tries again (polling covers us).
      if (this.listener === client) this.listener = undefined;
      await client.end().catch(() => undefined);
      throw e;
    }
  }

  /** Whether a LISTEN connection is up (for tests and readiness). */
  get listening(): boolean {
    return this.listener !== undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    const l = this.listener;
    this.listener = undefined;
    if (l) await l.end().catch(() => undefined);
  }
}
