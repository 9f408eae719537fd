import type { Pool } from 'pg';
import { EventIdConflict, WrongExpectedVersion } from '../errors';
import type { AppendResult, StreamAppend } from '../port';
import { toBatchJson } from './rows';

interface Pending {
  readonly append: StreamAppend;
  readonly resolve: (r: AppendResult) => void;
  readonly reject: (e: unknown) => void;
}

interface ResultRow {
  idx: number;
  status: 'ok' | 'replayed' | 'wrong_version' | 'conflict';
  version: string | null;
  last_position: string | null;
}

export interface BatcherOptions {
  /** Batches in flight at once; each holds one pooled connection for one round trip. */
  readonly maxInFlight: number;
  /** Appends per batch at most. */
  readonly maxBatch: number;
  /** Named (server-side prepared) statements: not on PGlite, whose connections share one session. */
  readonly prepared?: boolean;
}

/**
 * Group commit in the application: appends that arrive while a batch is in flight wait and go
 * together in the next one, so N concurrent writers pay for one round trip and one fsync instead
 * of N. Each append still succeeds or fails on its own. Two appends to one stream never share a
 * batch (the second must see the first's version), so the later one waits for the next batch.
 */
export class AppendBatcher {
  private readonly queue: Pending[] = [];
  private inFlight = 0;
  private pumpScheduled = false;

  constructor(
    private readonly pool: Pool,
    private readonly options: BatcherOptions,
    private readonly onWritten: () => void,
  ) {}

  append(append: StreamAppend): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ append, resolve, reject });
      this.schedulePump();
    });
  }

  /**
   * Takes the queue one macrotask later, never at once: the writers a finished batch released
   * re-queue in the microtasks before it. Taking at once halved the measured batch (8 of 16
   * writers) and the throughput; the delay is one event-loop turn.
   */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.take();
      this.inFlight++;
      void this.run(batch).finally(() => {
        this.inFlight--;
        this.schedulePump();
      });
    }
  }

  private take(): Pending[] {
    const batch: Pending[] = [];
    const streams = new Set<string>();
    for (let i = 0; i < this.queue.length && batch.length < this.options.maxBatch;) {
      const p = this.queue[i]!;
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

  private async run(batch: Pending[]): Promise<void> {
    try {
      settle(
        batch,
        await callAppend(
          this.pool,
          batch.map((p) => p.append),
          false,
          this.options.prepared ?? false,
        ),
      );
      this.onWritten();
    } catch (e) {
      // A failure of the whole statement (e.g. a racing duplicate event id) must not sink the
      // other appends: retry each alone so only the culprit sees the error.
      if (batch.length === 1) return batch[0]!.reject(e);
      await Promise.all(batch.map((p) => this.run([p])));
    }
  }
}

function settle(batch: Pending[], rows: ResultRow[]): void {
  for (const r of rows) {
    const p = batch[r.idx - 1]!;
    const outcome = toOutcome(p.append, r);
    if (outcome instanceof Error) p.reject(outcome);
    else p.resolve(outcome);
  }
}

export function toOutcome(a: StreamAppend, r: ResultRow): AppendResult | Error {
  if (r.status === 'ok' || r.status === 'replayed') {
    return { nextExpectedVersion: BigInt(r.version!), lastGlobalPosition: BigInt(r.last_position!) };
  }
  if (r.status === 'wrong_version') {
    return new WrongExpectedVersion(a.streamId, a.expectedVersion ?? 'any', BigInt(r.version!));
  }
  return new EventIdConflict(
    a.events[0]!.eventId,
    'already stored with different content or in another append',
  );
}

/**
 * One round trip. A unique violation means another transaction appended to the same stream (or
 * stored the same event id) between our version check and our insert, and has committed: the
 * next call sees it and answers properly (wrong version, a replay, or, for `any`, the next
 * position). Bounded, because each retry is caused by a commit that made progress.
 */
export async function callAppend(
  pool: Pool,
  appends: readonly StreamAppend[],
  atomic: boolean,
  prepared = false,
) {
  const batch = toBatchJson(appends);
  // First ids only, until a stored id turns up elsewhere in an append (migration 005).
  let allIds = false;
  for (let attempt = 1; ; attempt++) {
    try {
      const query = {
        // Prepared once per connection: later calls skip the parse and plan (see docs/benchmarks.md).
        name: prepared ? 'casebook_append' : undefined,
        text: 'SELECT * FROM casebook_append($1::jsonb, $2, $3)',
        values: [batch, atomic, allIds],
      };
      return (await pool.query<ResultRow>(query)).rows;
    } catch (e) {
      const { code, constraint } = e as { code?: string; constraint?: string };
      if (code !== '23505' || attempt >= 20) throw e;
      // An event id already stored, not the first of its append: the next call probes every id
      // and answers a replay or a conflict.
      if (constraint === 'events_event_id_key') allIds = true;
    }
  }
}
