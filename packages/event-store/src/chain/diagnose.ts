import type { StoredEvent } from '../port';
import { eventHash } from './hash';

/**
 * What a broken link looks like, so an auditor knows what to look for:
 * - `content`: the event's stored hash is not the hash of its type, data, metadata, id and
 *   position chained to its predecessor: something in the row (or its hash) was changed;
 * - `missing`: positions are absent (events deleted), or the events after a deleted one were
 *   renumbered to close the gap;
 * - `inserted`: an event that is not part of the chain sits at this position; the next event
 *   links to the one before it;
 * - `order`: the events are all genuine but not at the positions they were chained at (swapped);
 * - `duplicate`: a position occurs twice (only possible once the unique index is gone).
 */
export type BreakKind = 'content' | 'missing' | 'inserted' | 'order' | 'duplicate';

export interface BrokenLink {
  readonly streamId: string;
  /** The first stream position where the chain does not hold. */
  readonly position: bigint;
  readonly kind: BreakKind;
  readonly detail: string;
  /** The hash stored at `position` and the one its content and predecessor give, when both exist. */
  readonly storedHash?: string;
  readonly expectedHash?: string;
}

const linksAt = (prev: Buffer, position: bigint, e: StoredEvent): boolean =>
  eventHash(prev, position, e).toString('hex') === e.hash;

/**
 * Explains a hash mismatch at position `p` (event `x`, predecessor hash `prev`) by looking at the
 * events after it (`later`, in position order): a genuine event is recognised wherever it sits,
 * because its stored hash still matches its content at the position it was chained at.
 */
export function diagnose(prev: Buffer, p: bigint, x: StoredEvent, later: readonly StoredEvent[]): BrokenLink {
  const base = { streamId: x.streamId, position: p, storedHash: x.hash };
  const expectedHash = eventHash(prev, p, x).toString('hex');
  const j = later.findIndex((e) => linksAt(prev, p, e));
  if (j >= 0) {
    const owner = later[j]!;
    if (linksAt(Buffer.from(owner.hash, 'hex'), p + 1n, x)) {
      const detail = `events swapped: ${x.eventId} (now at ${p}) was chained at ${p + 1n}, ${owner.eventId} (now at ${owner.streamPosition}) at ${p}`;
      return { ...base, expectedHash, kind: 'order', detail };
    }
    if (j === 0) {
      const detail = `event ${x.eventId} is not part of the chain: the event after it was chained at position ${p} (inserted)`;
      return { ...base, expectedHash, kind: 'inserted', detail };
    }
    const detail = `event ${owner.eventId} (now at ${owner.streamPosition}) was chained at ${p}`;
    return { ...base, expectedHash, kind: 'order', detail };
  }
  const next = later[0];
  if (next && linksAt(Buffer.from(x.hash, 'hex'), next.streamPosition + 1n, next)) {
    const detail = `the event chained at ${p} was deleted and the later ones renumbered down by one`;
    return { ...base, expectedHash, kind: 'missing', detail };
  }
  const detail = `stored hash differs from the recomputed one: the type, data, metadata, id or hash of event ${x.eventId} was changed`;
  return { ...base, expectedHash, kind: 'content', detail };
}

/** A position check before the hash: deleted positions, or one that occurs again. */
export function positionBreak(expected: bigint, e: StoredEvent): BrokenLink | undefined {
  if (e.streamPosition === expected) return undefined;
  if (e.streamPosition > expected) {
    const last = e.streamPosition - 1n;
    const which = last === expected ? `position ${expected} is` : `positions ${expected} to ${last} are`;
    return {
      streamId: e.streamId,
      position: expected,
      kind: 'missing',
      detail: `${which} missing (deleted)`,
    };
  }
  return {
    streamId: e.streamId,
    position: e.streamPosition,
    kind: 'duplicate',
    detail: `position ${e.streamPosition} occurs again (event ${e.eventId})`,
  };
}
