'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.InMemoryEventStore = void 0;
exports.versionMatches = versionMatches;
const equality_1 = require('../equality');
const errors_1 = require('../errors');
const subscription_1 = require('../subscription');
const validate_1 = require('../validate');
/** The reference adapter: the behaviour every other adapter must match (see the contract suite). */
class InMemoryEventStore {
  clock;
  log = [];
  streams = new Map();
  byId = new Map();
  signal = new subscription_1.AppendSignal();
  constructor(clock = () => new Date()) {
    this.clock = clock;
  }
  async appendToStream(streamId, events, options = {}) {
    const append = { streamId, events, expectedVersion: options.expectedVersion ?? 'any' };
    (0, validate_1.validateAppend)(append);
    return (await this.appendValid([append]))[0];
  }
  async appendToStreams(appends) {
    (0, validate_1.validateAppends)(appends);
    return this.appendValid(appends);
  }
  appendValid(appends) {
    try {
      const replayed = appends.map((a) => this.replayedResult(a));
      if (replayed.every((r) => r !== undefined)) return Promise.resolve(replayed);
      appends.forEach((a, i) => replayed[i] ?? this.checkVersion(a));
      const results = appends.map((a, i) => replayed[i] ?? this.write(a));
      this.signal.notify();
      return Promise.resolve(results);
    } catch (e) {
      return Promise.reject(e);
    }
  }
  /** A retry of an append that already succeeded: same ids, same content -> the first result. */
  replayedResult(a) {
    const found = a.events.map((e) => this.byId.get(e.eventId));
    if (found.every((f) => f === undefined)) return undefined;
    a.events.forEach((e, i) => {
      const f = found[i];
      if (!f)
        throw new errors_1.EventIdConflict(a.events[0].eventId, 'part of this append is already stored');
      if (f.streamId !== a.streamId)
        throw new errors_1.EventIdConflict(e.eventId, `already stored in stream ${f.streamId}`);
      if (!sameContent(f, e))
        throw new errors_1.EventIdConflict(e.eventId, 'already stored with different content');
    });
    const last = found[found.length - 1];
    return { nextExpectedVersion: last.streamPosition, lastGlobalPosition: last.globalPosition };
  }
  checkVersion(a) {
    const actual = BigInt(this.streams.get(a.streamId)?.length ?? 0) - 1n;
    if (!versionMatches(a.expectedVersion ?? 'any', actual)) {
      throw new errors_1.WrongExpectedVersion(a.streamId, a.expectedVersion ?? 'any', actual);
    }
  }
  write(a) {
    const stream = this.streams.get(a.streamId) ?? [];
    const recordedAt = this.clock();
    for (const e of a.events) {
      const stored = {
        eventId: e.eventId,
        streamId: a.streamId,
        streamPosition: BigInt(stream.length),
        globalPosition: BigInt(this.log.length + 1),
        type: e.type,
        schemaVersion: e.schemaVersion ?? 1,
        data: structuredClone(e.data),
        metadata: structuredClone(e.metadata),
        recordedAt,
      };
      stream.push(stored);
      this.log.push(stored);
      this.byId.set(e.eventId, stored);
    }
    this.streams.set(a.streamId, stream);
    const last = stream[stream.length - 1];
    return { nextExpectedVersion: last.streamPosition, lastGlobalPosition: last.globalPosition };
  }
  async readStream(streamId, options = {}) {
    (0, validate_1.validateStreamId)(streamId);
    (0, validate_1.validateMaxCount)(options.maxCount);
    const stream = this.streams.get(streamId) ?? [];
    const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const events =
      options.direction === 'backwards'
        ? stream.filter((e) => options.from === undefined || e.streamPosition <= options.from).reverse()
        : stream.filter((e) => options.from === undefined || e.streamPosition >= options.from);
    return {
      streamExists: stream.length > 0,
      currentVersion: BigInt(stream.length) - 1n,
      events: events.slice(0, max),
    };
  }
  async readAll(options = {}) {
    (0, validate_1.validateMaxCount)(options.maxCount);
    const after = options.after ?? 0n;
    const max = options.maxCount ?? 1000;
    const types = options.eventTypes ? new Set(options.eventTypes) : undefined;
    const events = [];
    let lastPosition = after;
    for (let i = Number(after); i < this.log.length && events.length < max; i++) {
      const e = this.log[i];
      lastPosition = e.globalPosition;
      if (options.streamPrefix && !e.streamId.startsWith(options.streamPrefix)) continue;
      if (types && !types.has(e.type)) continue;
      events.push(e);
    }
    return { events, lastPosition };
  }
  subscribeToAll(options = {}) {
    return (0, subscription_1.pollingSubscription)((o) => this.readAll(o), this.signal.wait, options);
  }
  headPosition() {
    return Promise.resolve(BigInt(this.log.length));
  }
  close() {
    return Promise.resolve();
  }
}
exports.InMemoryEventStore = InMemoryEventStore;
function versionMatches(expected, actual) {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === -1n;
  if (expected === 'stream_exists') return actual >= 0n;
  return expected === actual;
}
function sameContent(stored, e) {
  return (
    stored.type === e.type &&
    stored.schemaVersion === (e.schemaVersion ?? 1) &&
    (0, equality_1.canonicalJson)(stored.data) === (0, equality_1.canonicalJson)(e.data) &&
    (0, equality_1.canonicalJson)(stored.metadata) === (0, equality_1.canonicalJson)(e.metadata)
  );
}
