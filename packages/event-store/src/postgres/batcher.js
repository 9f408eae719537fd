'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.AppendBatcher = void 0;
exports.toOutcome = toOutcome;
exports.callAppend = callAppend;
const errors_1 = require('../errors');
const rows_1 = require('./rows');
/**
 * Group commit in the application: appends that arrive while a batch is in flight wait and go
 * together in the next one, so N concurrent writers pay for one round trip and one fsync instead
 * of N. Each append still succeeds or fails on its own. Two appends to one stream never share a
 * batch (the second must see the first's version), so the later one waits for the next batch.
 */
class AppendBatcher {
  pool;
  options;
  onWritten;
  queue = [];
  inFlight = 0;
  constructor(pool, options, onWritten) {
    this.pool = pool;
    this.options = options;
    this.onWritten = onWritten;
  }
  append(append) {
    return new Promise((resolve, reject) => {
      this.queue.push({ append, resolve, reject });
      this.pump();
    });
  }
  pump() {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.take();
      this.inFlight++;
      void this.run(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }
  take() {
    const batch = [];
    const streams = new Set();
    for (let i = 0; i < this.queue.length && batch.length < this.options.maxBatch;) {
      const p = this.queue[i];
      if (streams.has(p.append.streamId)) {
        i++;
        continue;
      }
      streams.add(p.append.streamId);
      batch.push(p);
      this.queue.splice(i, 1);
    }
    return batch;
  }
  async run(batch) {
    try {
      settle(
        batch,
        await callAppend(
          this.pool,
          batch.map((p) => p.append),
          false,
        ),
      );
      this.onWritten();
    } catch (e) {
      // A failure of the whole statement (e.g. a racing duplicate event id) must not sink the
      // other appends: retry each alone so only the culprit sees the error.
      if (batch.length === 1) return batch[0].reject(e);
      await Promise.all(batch.map((p) => this.run([p])));
    }
  }
}
exports.AppendBatcher = AppendBatcher;
function settle(batch, rows) {
  for (const r of rows) {
    const p = batch[r.idx - 1];
    const outcome = toOutcome(p.append, r);
    if (outcome instanceof Error) p.reject(outcome);
    else p.resolve(outcome);
  }
}
function toOutcome(a, r) {
  if (r.status === 'ok' || r.status === 'replayed') {
    return { nextExpectedVersion: BigInt(r.version), lastGlobalPosition: BigInt(r.last_position) };
  }
  if (r.status === 'wrong_version') {
    return new errors_1.WrongExpectedVersion(a.streamId, a.expectedVersion ?? 'any', BigInt(r.version));
  }
  return new errors_1.EventIdConflict(
    a.events[0].eventId,
    'already stored with different content or in another append',
  );
}
/**
 * One round trip. A unique violation means another transaction created the same stream or stored
 * the same event id between our check and our insert; once it has committed, a second call sees
 * it and answers properly (wrong version, or a replay).
 */
async function callAppend(pool, appends, atomic) {
  const sql = 'SELECT * FROM casebook_append($1::jsonb, $2)';
  const params = [(0, rows_1.toBatchJson)(appends), atomic];
  try {
    return (await pool.query(sql, params)).rows;
  } catch (e) {
    if (e.code !== '23505') throw e;
    return (await pool.query(sql, params)).rows;
  }
}
