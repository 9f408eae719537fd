import type { EventStore, StoredEvent } from '../port';
import { type BrokenLink, diagnose, positionBreak } from './diagnose';
import { jcs } from './canonical';
import { GENESIS, GENESIS_HEX, chainHashHex, contentDigestHex, eventHash } from './hash';

export interface StreamVerification {
  readonly streamId: string;
  /** Events read in the stream (all of them, also past a break). */
  readonly events: number;
  readonly ok: boolean;
  /** The first broken link; absent when `ok`. */
  readonly brokenAt?: BrokenLink;
}

export interface VerifyOptions {
  readonly pageSize?: number;
}

/** Events after a mismatch that the diagnosis looks at (a swap or insertion is nearby). */
const LOOKAHEAD = 16;

/**
 * Recomputes one stream's chain through the port (so it works for every adapter) and reports the
 * first broken link. Undefined when the stream does not exist. A chain cannot show deleted
 * trailing events or a deleted stream: that is the anchor's job (docs/audit.md).
 */
export async function verifyStream(
  store: EventStore,
  streamId: string,
  options: VerifyOptions = {},
): Promise<StreamVerification | undefined> {
  const pageSize = options.pageSize ?? 1000;
  let from = 0n;
  let expected = 0n;
  let prev: Buffer = GENESIS;
  let events = 0;
  let brokenAt: BrokenLink | undefined;
  for (;;) {
    const page = await store.readStream(streamId, { from, maxCount: pageSize });
    if (!page.streamExists) return undefined;
    for (const e of page.events) {
      events++;
      if (brokenAt) continue;
      brokenAt = positionBreak(expected, e);
      if (brokenAt) continue;
      const hash = eventHash(prev, expected, e);
      if (hash.toString('hex') !== e.hash) {
        brokenAt = diagnose(prev, expected, e, await lookahead(store, e));
        continue;
      }
      prev = hash;
      expected++;
    }
    if (page.events.length < pageSize) break;
    from = page.events[page.events.length - 1]!.streamPosition + 1n;
  }
  return brokenAt ? { streamId, events, ok: false, brokenAt } : { streamId, events, ok: true };
}

/** Only on a mismatch: the events just after it, read afresh (the page may end right there). */
async function lookahead(store: EventStore, e: StoredEvent): Promise<readonly StoredEvent[]> {
  const from = e.streamPosition + 1n;
  return (await store.readStream(e.streamId, { from, maxCount: LOOKAHEAD })).events;
}

export interface LogVerification {
  readonly streams: number;
  readonly events: number;
  readonly ok: boolean;
  /** Every broken stream's first broken link, in the order the streams first appear in the log. */
  readonly broken: readonly BrokenLink[];
}

export interface VerifyAllOptions extends VerifyOptions {
  readonly streamPrefix?: string;
  /** Called after each page with the events verified so far (progress for long runs). */
  readonly onPage?: (events: number) => void;
}

/**
 * Every stream's chain in one pass over the global log, keeping only each stream's head (its next
 * position and hash). A stream that breaks is then read again on its own, to say how it broke.
 */
export async function verifyAll(store: EventStore, options: VerifyAllOptions = {}): Promise<LogVerification> {
  const pageSize = options.pageSize ?? 1000;
  // Each stream's next position and last hash (hex, as stored); null once broken.
  const heads = new Map<string, { next: bigint; prev: string } | null>();
  const read = (after: bigint) =>
    store.readAll({ after, maxCount: pageSize, streamPrefix: options.streamPrefix });
  let next = read(0n);
  let events = 0;
  for (;;) {
    const page = await next;
    const full = page.events.length === pageSize;
    // The next page is read while this one is hashed: the database and the hashing overlap
    // (measured: without it, verify --all ran at 0.3 of a raw paged read; docs/benchmarks.md).
    if (full) next = read(page.lastPosition);
    const metadataJcs = canonicalMetadata();
    for (const e of page.events) {
      events++;
      const head = heads.get(e.streamId);
      if (head === null) continue; // already broken
      const position = head?.next ?? 0n;
      const prev = head?.prev ?? GENESIS_HEX;
      const holds =
        e.streamPosition === position &&
        chainHashHex(prev, position, contentDigestHex(e, metadataJcs(e.metadata))) === e.hash;
      if (!holds) heads.set(e.streamId, null);
      else if (head) {
        head.next = position + 1n;
        head.prev = e.hash;
      } else heads.set(e.streamId, { next: 1n, prev: e.hash });
    }
    options.onPage?.(events);
    if (!full) break;
  }
  const broken: BrokenLink[] = [];
  for (const [streamId, head] of heads) {
    if (head !== null) continue;
    const result = await verifyStream(store, streamId, options);
    broken.push(
      result?.brokenAt ?? {
        streamId,
        position: 0n,
        kind: 'missing',
        detail: 'the stream vanished during verification',
      },
    );
  }
  return { streams: heads.size, events, ok: broken.length === 0, broken };
}

/**
 * A page's events mostly share a few metadata values (a command's events carry one), each
 * parsed into its own object. JSON.stringify of a parsed value is a sound key (the same text
 * parses to the same value, whose JCS is then the same) and costs half of the JCS it saves.
 * One cache a page, so it stays small.
 */
function canonicalMetadata(): (m: unknown) => string {
  const cache = new Map<string, string>();
  return (m) => {
    const key = JSON.stringify(m);
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = jcs(m)));
    return text;
  };
}
