'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.Notifications = void 0;
const pg_1 = require('pg');
const CHANNEL = 'casebook_appended';
/**
 * Cross-process wake-ups. NOTIFY is sent after the append has committed, as its own statement
 * (NOTIFY inside the append transaction would take a global lock at commit), and coalesced: while
 * one is in flight further appends only set a flag. Losing one costs a poll interval, not an event.
 */
class Notifications {
  pool;
  signal;
  sending = false;
  again = false;
  listener;
  closed = false;
  constructor(pool, signal) {
    this.pool = pool;
    this.signal = signal;
  }
  afterCommit() {
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
  async listen() {
    if (this.listener || this.closed) return;
    const config = this.pool.options;
    const client = new pg_1.Client(config);
    this.listener = client;
    client.on('notification', () => this.signal.notify());
    client.on('error', () => {
      // The poll interval covers the gap; a new listener starts on the next subscription.
      this.listener = undefined;
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
  }
  async close() {
    this.closed = true;
    const l = this.listener;
    this.listener = undefined;
    if (l) await l.end().catch(() => undefined);
  }
}
exports.Notifications = Notifications;
