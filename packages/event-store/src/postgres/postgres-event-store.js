'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.PostgresEventStore = void 0;
const errors_1 = require('../errors');
const subscription_1 = require('../subscription');
const validate_1 = require('../validate');
const batcher_1 = require('./batcher');
const notifications_1 = require('./notifications');
const rows_1 = require('./rows');
/** Only transactions older than every running one are read: see docs/architecture.md. */
const SAFE_XMIN = '(SELECT pg_snapshot_xmin(pg_current_snapshot()))';
class PostgresEventStore {
  pool;
  signal = new subscription_1.AppendSignal();
  notifications;
  batcher;
  constructor(options) {
    this.pool = options.pool;
    this.notifications =
      options.notifications === false ? undefined : new notifications_1.Notifications(this.pool, this.signal);
    const limits = { maxInFlight: options.maxInFlight ?? 1, maxBatch: options.maxBatch ?? 256 };
    this.batcher = new batcher_1.AppendBatcher(this.pool, limits, () => this.written());
  }
  written() {
    this.signal.notify();
    this.notifications?.afterCommit();
  }
  appendToStream(streamId, events, options = {}) {
    const append = { streamId, events, expectedVersion: options.expectedVersion ?? 'any' };
    try {
      (0, validate_1.validateAppend)(append);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.batcher.append(append);
  }
  async appendToStreams(appends) {
    (0, validate_1.validateAppends)(appends);
    try {
      const rows = await (0, batcher_1.callAppend)(this.pool, appends, true);
      this.written();
      return rows.map((r) => ({
        nextExpectedVersion: BigInt(r.version),
        lastGlobalPosition: BigInt(r.last_position),
      }));
    } catch (e) {
      throw rejectionOf(appends, e);
    }
  }
  async readStream(streamId, options = {}) {
    (0, validate_1.validateStreamId)(streamId);
    (0, validate_1.validateMaxCount)(options.maxCount);
    const backwards = options.direction === 'backwards';
    const from = options.from === undefined ? null : options.from.toString();
    const res = await this.pool.query(
      `SELECT s.version AS current_version, e.*
         FROM streams s
         LEFT JOIN LATERAL (
           SELECT ${rows_1.EVENT_COLUMNS} FROM events
            WHERE stream_id = s.stream_id
              AND ($2::bigint IS NULL OR stream_position ${backwards ? '<=' : '>='} $2::bigint)
            ORDER BY stream_position ${backwards ? 'DESC' : 'ASC'}
            LIMIT $3) e ON true
        WHERE s.stream_id = $1 AND s.version >= 0`,
      [streamId, from, options.maxCount ?? null],
    );
    if (res.rows.length === 0) return { streamExists: false, currentVersion: -1n, events: [] };
    return {
      streamExists: true,
      currentVersion: BigInt(res.rows[0].current_version),
      events: res.rows.filter((r) => r.event_id !== null).map(rows_1.toStoredEvent),
    };
  }
  async readAll(options = {}) {
    (0, validate_1.validateMaxCount)(options.maxCount);
    const after = options.after ?? 0n;
    const params = [after.toString(), options.maxCount ?? 1000];
    let filter = '';
    if (options.streamPrefix !== undefined) {
      params.push((0, rows_1.likePrefix)(options.streamPrefix));
      filter += ` AND stream_id LIKE $${params.length}`;
    }
    if (options.eventTypes !== undefined) {
      params.push(options.eventTypes);
      filter += ` AND type = ANY($${params.length}::text[])`;
    }
    // Scalar sub-selects, not a joined CTE: the planner then walks the primary key in order and
    // finds the head with a backward index scan (a joined CTE made it sort and seq-scan).
    const res = await this.pool.query(
      `SELECT (SELECT global_position FROM events WHERE transaction_id < ${SAFE_XMIN}
                ORDER BY global_position DESC LIMIT 1) AS head, page.*
         FROM (SELECT 1) AS one
         LEFT JOIN LATERAL (
           SELECT ${rows_1.EVENT_COLUMNS} FROM events
            WHERE global_position > $1 AND transaction_id < ${SAFE_XMIN}${filter}
            ORDER BY global_position LIMIT $2) AS page ON true
        ORDER BY page.global_position`,
      params,
    );
    const events = res.rows.filter((r) => r.event_id !== null).map(rows_1.toStoredEvent);
    const full = events.length === (options.maxCount ?? 1000);
    const head = BigInt(res.rows[0]?.head ?? 0);
    const lastPosition = full ? events[events.length - 1].globalPosition : head > after ? head : after;
    return { events, lastPosition };
  }
  subscribeToAll(options = {}) {
    void this.notifications?.listen().catch(() => undefined);
    return (0, subscription_1.pollingSubscription)((o) => this.readAll(o), this.signal.wait, options);
  }
  async headPosition() {
    const res = await this.pool
      .query(`SELECT global_position AS head FROM events WHERE transaction_id < ${SAFE_XMIN}
        ORDER BY global_position DESC LIMIT 1`);
    return BigInt(res.rows[0]?.head ?? 0);
  }
  async close() {
    await this.notifications?.close();
  }
}
exports.PostgresEventStore = PostgresEventStore;
/** Turns the atomic append's rejection into the first failing stream's typed error. */
function rejectionOf(appends, e) {
  const err = e;
  if (err.message !== 'casebook_append_rejected' || !err.detail) return e;
  const [st, vers] = err.detail.split('|').map((s) => JSON.parse(s));
  const i = st.findIndex((s) => s !== 'ok');
  const a = appends[i];
  if (st[i] === 'wrong_version') {
    return new errors_1.WrongExpectedVersion(a.streamId, a.expectedVersion ?? 'any', BigInt(vers[i] ?? -1));
  }
  return new errors_1.EventIdConflict(
    a.events[0].eventId,
    'already stored with different content or in another append',
  );
}
