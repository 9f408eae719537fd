'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.streamId = exports.events = exports.anEvent = exports.meta = void 0;
exports.take = take;
exports.readWholeLog = readWholeLog;
const node_crypto_1 = require('node:crypto');
const meta = (extra = {}) => ({
  actor: { kind: 'agent', id: 'agent-7' },
  channel: 'phone',
  correlationId: 'corr-1',
  causationId: 'cause-1',
  occurredAt: '2026-11-23T10:00:00.000Z',
  ...extra,
});
exports.meta = meta;
const anEvent = (type = 'Thing', data = { n: 1 }) => ({
  eventId: (0, node_crypto_1.randomUUID)(),
  type,
  schemaVersion: 1,
  data,
  metadata: (0, exports.meta)(),
});
exports.anEvent = anEvent;
const events = (n, type = 'Thing') => Array.from({ length: n }, (_, i) => (0, exports.anEvent)(type, { i }));
exports.events = events;
let counter = 0;
/** A stream id unique within the run, so tests sharing a store never see each other's streams. */
const streamId = (prefix = 'test') =>
  `${prefix}-${process.pid}-${++counter}-${(0, node_crypto_1.randomUUID)().slice(0, 8)}`;
exports.streamId = streamId;
/** Pulls exactly n events from a subscription, failing after `ms`. */
async function take(sub, n, ms = 10_000) {
  const got = [];
  if (n === 0) return got;
  const it = sub[Symbol.asyncIterator]();
  const deadline = Date.now() + ms;
  while (got.length < n) {
    let timer;
    const next = await Promise.race([
      it.next(),
      new Promise((r) => (timer = setTimeout(() => r('timeout'), Math.max(deadline - Date.now(), 0)))),
    ]).finally(() => clearTimeout(timer));
    if (next === 'timeout') throw new Error(`timed out after ${got.length} of ${n} events`);
    if (next.done) break;
    got.push(next.value);
  }
  return got;
}
/** Everything in the log, page by page. */
async function readWholeLog(store, pageSize = 1000) {
  const all = [];
  let after = 0n;
  for (;;) {
    const page = await store.readAll({ after, maxCount: pageSize });
    all.push(...page.events);
    if (page.events.length < pageSize) return all;
    after = page.lastPosition;
  }
}
