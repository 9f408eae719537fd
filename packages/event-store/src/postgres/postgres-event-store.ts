import type { Pool } from 'pg';
import { EventIdConflict, WrongExpectedVersion } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  ReadStreamResult,
  StreamAppend,
  SubscribeOptions,
  Subscription,
} from '../port';
import { AppendSignal, pollingSubscription } from '../subscription';
import { validateAppend, validateAppends, validateMaxCount, validateStreamId } from '../validate';
import { AppendBatcher, callAppend } from './batcher';
import { Notifications } from './notifications';
import { EVENT_COLUMNS, type EventRow, likePrefix, toStoredEvent } from './rows';

export interface PostgresEventStoreOptions {
  /** Shared by the process; the store never ends it (the owner does). */
  readonly pool: Pool;
  /** LISTEN/NOTIFY wake-ups across processes. Off for PGlite, where one process owns the data. */
  readonly notifications?: boolean;
  /** Concurrent group-commit batches; default 1 (fastest measured on 2 cores: docs/benchmarks.md). */
  readonly maxInFlight?: number;
  readonly maxBatch?: number;
  /**
   * Named prepared statements for the append and the stream read; default on. Off for PGlite: its
   * socket connections share one session, while `pg` tracks prepared names per connection.
   */
  readonly preparedStatements?: boolean;
}

/** Only transactions older than every running one are read: see docs/architecture.md. */
const SAFE_XMIN = '(SELECT pg_snapshot_xmin(pg_current_snapshot()))';

export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly signal = new AppendSignal();
  private readonly notifications: Notifications | undefined;
  private readonly batcher: AppendBatcher;
  private readonly prepared: boolean;

  constructor(options: PostgresEventStoreOptions) {
    this.pool = options.pool;
    this.notifications =
      options.notifications === false ? undefined : new Notifications(this.pool, this.signal);
    this.prepared = options.preparedStatements ?? true;
    const limits = {
      maxInFlight: options.maxInFlight ?? 1,
      maxBatch: options.maxBatch ?? 256,
      prepared: this.prepared,
    };
    this.batcher = new AppendBatcher(this.pool, limits, () => this.written());
  }

  private written(): void {
    this.signal.notify();
    this.notifications?.afterCommit();
  }

  async appendToStream(streamId: string, events: readonly EventToAppend[], options: AppendOptions = {}) {
    const append = { streamId, events, expectedVersion: options.expectedVersion ?? 'any' };
    validateAppend(append);
    return this.batcher.append(append);
  }

  async appendToStreams(appends: readonly StreamAppend[]): Promise<readonly AppendResult[]> {
    validateAppends(appends);
    try {
      const rows = await callAppend(this.pool, appends, true, this.prepared);
      this.written();
      return rows.map((r) => ({
        nextExpectedVersion: BigInt(r.version!),
        lastGlobalPosition: BigInt(r.last_position!),
      }));
    } catch (e) {
      throw rejectionOf(appends, e);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<ReadStreamResult> {
    validateStreamId(streamId);
    validateMaxCount(options.maxCount);
    const backwards = options.direction === 'backwards';
    const from = options.from === undefined ? null : options.from.toString();
    // The version is the last position: one backward probe of the (stream_id, stream_position) index.
    const res = await this.pool.query<EventRow & { current_version: string }>({
      name: this.prepared ? `casebook_read_stream_${backwards ? 'backwards' : 'forwards'}` : undefined,
      text: `SELECT v.current_version, e.*
         FROM (SELECT max(stream_position) AS current_version FROM events WHERE stream_id = $1) v
         LEFT JOIN LATERAL (
           SELECT ${EVENT_COLUMNS} FROM events
            WHERE stream_id = $1
              AND ($2::bigint IS NULL OR stream_position ${backwards ? '<=' : '>='} $2::bigint)
            ORDER BY stream_position ${backwards ? 'DESC' : 'ASC'}
            LIMIT $3) e ON true
        WHERE v.current_version IS NOT NULL`,
      values: [streamId, from, options.maxCount ?? null],
    });
    if (res.rows.length === 0) return { streamExists: false, currentVersion: -1n, events: [] };
    return {
      streamExists: true,
      currentVersion: BigInt(res.rows[0]!.current_version),
      events: res.rows.filter((r) => r.event_id !== null).map(toStoredEvent),
    };
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    validateMaxCount(options.maxCount);
    const after = options.after ?? 0n;
    const params: unknown[] = [after.toString(), options.maxCount ?? 1000];
    let filter = '';
    if (options.streamPrefix !== undefined) {
      params.push(likePrefix(options.streamPrefix));
      filter += ` AND stream_id LIKE $${params.length}`;
    }
    if (options.eventTypes !== undefined) {
      params.push(options.eventTypes);
      filter += ` AND type = ANY($${params.length}::text[])`;
    }
    // Scalar sub-selects, not a joined CTE: the planner then walks the primary key in order and
    // finds the head with a backward index scan (a joined CTE made it sort and seq-scan).
    const res = await this.pool.query<EventRow & { head: string | null }>(
      `SELECT (SELECT global_position FROM events WHERE transaction_id < ${SAFE_XMIN}
                ORDER BY global_position DESC LIMIT 1) AS head, page.*
         FROM (SELECT 1) AS one
         LEFT JOIN LATERAL (
           SELECT ${EVENT_COLUMNS} FROM events
            WHERE global_position > $1 AND transaction_id < ${SAFE_XMIN}${filter}
            ORDER BY global_position LIMIT $2) AS page ON true
        ORDER BY page.global_position`,
      params,
    );
    const events = res.rows.filter((r) => r.event_id !== null).map(toStoredEvent);
    const full = events.length === (options.maxCount ?? 1000);
    const head = BigInt(res.rows[0]?.head ?? 0);
    const lastPosition = full ? events[events.length - 1]!.globalPosition : head > after ? head : after;
    return { events, lastPosition };
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    void this.notifications?.listen().catch(() => undefined);
    return pollingSubscription((page) => this.readAll(page), this.signal.wait, options);
  }

  async headPosition(): Promise<bigint> {
    const res = await this.pool.query<{ head: string | null }>(
      `SELECT global_position AS head FROM events WHERE transaction_id < ${SAFE_XMIN}
        ORDER BY global_position DESC LIMIT 1`,
    );
    return BigInt(res.rows[0]?.head ?? 0);
  }

  async close(): Promise<void> {
    await this.notifications?.close();
  }
}

/** Turns the atomic append's rejection into the first failing stream's typed error. */
function rejectionOf(appends: readonly StreamAppend[], e: unknown): unknown {
  const err = e as { message?: string; detail?: string };
  if (err.message !== 'casebook_append_rejected' || !err.detail) return e;
  const [st, vers] = err.detail.split('|').map((s) => JSON.parse(s) as unknown[]) as [
    string[],
    (number | null)[],
  ];
  const i = st.findIndex((s) => s !== 'ok');
  const a = appends[i]!;
  if (st[i] === 'wrong_version') {
    return new WrongExpectedVersion(a.streamId, a.expectedVersion ?? 'any', BigInt(vers[i] ?? -1));
  }
  return new EventIdConflict(
    a.events[0]!.eventId,
    'already stored with different content or in another append',
  );
}
