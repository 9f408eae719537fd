import type { EventStore, StoredEvent } from '../port';
import { type BrokenLink, diagnose, positionBreak } from './diagnose';
import { GENESIS, eventHash } from './hash';

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
  /** Every broken stream's first broken link, in the order the log first showed the break. */
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
  const heads = new Map<string, { next: bigint; prev: Buffer } | null>();
  let after = 0n;
  let events = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: pageSize, streamPrefix: options.streamPrefix });
    for (const e of page.events) {
      events++;
      const head = heads.get(e.streamId);
      if (head === null) continue; // already broken
      const next = head?.next ?? 0n;
      const hash = e.streamPosition === next ? eventHash(head?.prev ?? GENESIS, next, e) : undefined;
      const holds = hash !== undefined && hash.toString('hex') === e.hash;
      heads.set(e.streamId, holds ? { next: next + 1n, prev: hash } : null);
    }
    options.onPage?.(events);
    if (page.events.length < pageSize) break;
    after = page.lastPosition;
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
