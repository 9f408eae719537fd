import { InvalidAppend } from './errors';
import type { EventToAppend, ExpectedVersion, StreamAppend } from './port';

const MAX_STREAM_ID = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Throws InvalidAppend naming the field when a stream id cannot be stored. */
export function validateStreamId(streamId: unknown, field = 'streamId'): asserts streamId is string {
  if (typeof streamId !== 'string') throw new InvalidAppend(field, 'expected a string');
  if (streamId.length === 0) throw new InvalidAppend(field, 'must not be empty');
  if (streamId.length > MAX_STREAM_ID) {
    throw new InvalidAppend(field, `must be at most ${MAX_STREAM_ID} characters, got ${streamId.length}`);
  }
}

export function validateExpectedVersion(v: unknown, field = 'expectedVersion'): asserts v is ExpectedVersion {
  if (v === 'any' || v === 'no_stream' || v === 'stream_exists') return;
  if (typeof v !== 'bigint') {
    throw new InvalidAppend(
      field,
      "expected 'any', 'no_stream', 'stream_exists' or a bigint stream position",
    );
  }
  if (v < 0n) throw new InvalidAppend(field, `must not be negative, got ${v}`);
}

/** JSON.stringify accepts things that do not round-trip (undefined, NaN, Infinity, BigInt throws). */
function checkJson(value: unknown, path: string, seen: Set<object>): void {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'string') return checkText(value, path);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidAppend(path, `not JSON-serialisable: ${value}`);
    return;
  }
  if (typeof value !== 'object') throw new InvalidAppend(path, `not JSON-serialisable: a ${typeof value}`);
  if (seen.has(value)) throw new InvalidAppend(path, 'not JSON-serialisable: circular reference');
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
    throw new InvalidAppend(path, 'not JSON-serialisable: only plain objects and arrays are stored');
  }
  seen.add(value);
  if (Array.isArray(value)) value.forEach((v, i) => checkJson(v, `${path}[${i}]`, seen));
  else
    for (const [k, v] of Object.entries(value)) {
      checkText(k, `${path}.${k}`);
      checkJson(v, `${path}.${k}`, seen);
    }
  seen.delete(value);
}

/** A UTF-16 surrogate without its pair: no UTF-8 encoding exists for it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * PostgreSQL's jsonb cannot hold U+0000, nor text that is not valid UTF-8 (a lone surrogate):
 * refuse them here, naming the field, rather than half-way through a batch.
 */
function checkText(s: string, path: string): void {
  if (s.includes('\u0000'))
    throw new InvalidAppend(path, 'contains the NUL character (U+0000), which cannot be stored');
  if (LONE_SURROGATE.test(s))
    throw new InvalidAppend(path, 'contains a lone UTF-16 surrogate, which is not text and cannot be stored');
}

function validateEvent(e: EventToAppend, path: string): void {
  if (typeof e !== 'object' || e === null) throw new InvalidAppend(path, 'expected an event object');
  if (typeof e.eventId !== 'string' || !UUID.test(e.eventId)) {
    throw new InvalidAppend(`${path}.eventId`, 'expected a UUID');
  }
  if (typeof e.type !== 'string' || e.type.length === 0 || e.type.length > MAX_STREAM_ID) {
    throw new InvalidAppend(`${path}.type`, 'expected a non-empty string of at most 200 characters');
  }
  const sv = e.schemaVersion ?? 1;
  if (!Number.isInteger(sv) || sv < 1)
    throw new InvalidAppend(`${path}.schemaVersion`, 'expected an integer >= 1');
  checkJson(e.data, `${path}.data`, new Set());
  if (typeof e.metadata !== 'object' || e.metadata === null || Array.isArray(e.metadata)) {
    throw new InvalidAppend(`${path}.metadata`, 'expected an object');
  }
  checkJson(e.metadata, `${path}.metadata`, new Set());
}

/** Array.isArray without narrowing a typed array to any[] (the input may come from untyped callers). */
const isArray = (v: unknown): boolean => Array.isArray(v);

/** Validates one stream's append completely before anything is written. */
export function validateAppend(a: StreamAppend, prefix = ''): void {
  validateStreamId(a.streamId, `${prefix}streamId`);
  validateExpectedVersion(a.expectedVersion ?? 'any', `${prefix}expectedVersion`);
  if (!isArray(a.events)) throw new InvalidAppend(`${prefix}events`, 'expected an array');
  if (a.events.length === 0) throw new InvalidAppend(`${prefix}events`, 'must contain at least one event');
  const ids = new Set<string>();
  a.events.forEach((e, i) => {
    validateEvent(e, `${prefix}events[${i}]`);
    if (ids.has(e.eventId))
      throw new InvalidAppend(`${prefix}events[${i}].eventId`, 'duplicated within the append');
    ids.add(e.eventId);
  });
}

export function validateAppends(appends: readonly StreamAppend[]): void {
  if (!isArray(appends) || appends.length === 0) {
    throw new InvalidAppend('appends', 'must contain at least one stream append');
  }
  const streams = new Set<string>();
  appends.forEach((a, i) => {
    validateAppend(a, `appends[${i}].`);
    if (streams.has(a.streamId))
      throw new InvalidAppend(`appends[${i}].streamId`, 'duplicated within the append');
    streams.add(a.streamId);
  });
  const all = new Set<string>();
  appends.forEach((a, i) =>
    a.events.forEach((e, j) => {
      if (all.has(e.eventId))
        throw new InvalidAppend(`appends[${i}].events[${j}].eventId`, 'duplicated within the append');
      all.add(e.eventId);
    }),
  );
}

export function validateMaxCount(n: unknown, field = 'maxCount'): void {
  if (n === undefined) return;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
    throw new InvalidAppend(field, 'expected an integer >= 1');
}
