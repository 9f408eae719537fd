import { createAnchor, type EventStore } from '@casebook/event-store';
import type { KeyObject } from 'node:crypto';
import type { Pool } from 'pg';

/** Default period of the worker's anchor job: an hour bounds what a deletion can hide to an hour's events. */
export const DEFAULT_ANCHOR_EVERY_MS = 3_600_000;

export interface AnchorJobOptions {
  readonly pool: Pool;
  readonly store: EventStore;
  readonly key: KeyObject;
  readonly everyMs: number;
  readonly log: (text: string) => void;
}

/**
 * Anchors the store at start and then every `everyMs`. Each anchor stands alone, so two worker
 * processes anchoring at once only record two anchors; a failed one is logged and the next tick
 * tries again. `stop` waits for an anchor in progress, so the pool can close after it.
 */
export function startAnchorJob(options: AnchorJobOptions): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      try {
        const a = await createAnchor(options.pool, options.store, options.key);
        const s = a.statement;
        options.log(
          `anchor ${a.id}: ${s.streamCount} streams up to global position ${s.coveredPosition}, root ${s.merkleRoot}`,
        );
      } catch (e) {
        options.log(
          `anchor failed (next try in ${options.everyMs} ms): ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    });
  };
  tick();
  const timer = setInterval(tick, options.everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** `CASEBOOK_ANCHOR_INTERVAL_SECONDS`: unset is hourly, 0 is off; anything else not a number is refused. */
export function anchorIntervalMs(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_ANCHOR_EVERY_MS;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(
      `CASEBOOK_ANCHOR_INTERVAL_SECONDS: ${value} is not a number of seconds (0 turns the job off)`,
    );
  }
  return seconds * 1000;
}
