import { GENESIS_HEX } from '../chain/hash';
import type { StreamAppend } from '../port';

/** A stream's last event: its position and hash (hex). Version -1 with GENESIS: no stream yet. */
export interface Head {
  readonly version: bigint;
  readonly hash: string;
}

const NEW_STREAM: Head = { version: -1n, hash: GENESIS_HEX };

/**
 * The heads this store last wrote, so that the writer can chain an append itself instead of the
 * append function's plpgsql step per row (docs/benchmarks.md, "The hash chain": -20% on 100-event
 * appends). An entry is only ever a true fact (the event at that position has that hash; events
 * are never rewritten), at worst no longer the head: the function compares the head it reads with
 * the one assumed and chains in SQL when they differ, so a stale entry costs time, never a hash.
 */
export class StreamHeads {
  private readonly heads = new Map<string, Head>();

  constructor(private readonly capacity = 10_000) {}

  /** The head to chain an append from, or undefined to leave the chaining to SQL. */
  assumed(a: StreamAppend): Head | undefined {
    const known = this.heads.get(a.streamId);
    const expected = a.expectedVersion ?? 'any';
    if (expected === 'no_stream') return NEW_STREAM;
    if (typeof expected === 'bigint') return known?.version === expected ? known : undefined;
    if (expected === 'stream_exists') return known;
    // 'any' on a stream this store has not written: most often a new one (a wrong guess costs
    // a hash per event here, and SQL chains as it would have).
    return known ?? NEW_STREAM;
  }

  /**
   * After an append: `chained` is the head the writer computed, `version` the one the store
   * reports (undefined unless written). Equal versions mean the function took our hashes: it
   * chains in SQL only when the head differs from the assumed one, and a head at the assumed
   * version is, by the invariant above, the assumed head.
   */
  settle(streamId: string, chained: Head | undefined, version: bigint | undefined): void {
    this.heads.delete(streamId);
    if (chained === undefined || version !== chained.version) return;
    this.heads.set(streamId, chained);
    // Oldest first in a Map's order: re-inserting on each write makes this least recently written.
    if (this.heads.size > this.capacity) this.heads.delete(this.heads.keys().next().value!);
  }
}
