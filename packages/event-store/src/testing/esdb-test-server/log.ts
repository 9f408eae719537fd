import { EventEmitter } from 'node:events';

/** One event as the test server keeps it: what EventStoreDB returns on a read. */
export interface LoggedEvent {
  readonly id: string;
  readonly streamId: string;
  readonly revision: bigint;
  /** Commit (= prepare) position in `$all`: a byte offset on a real server, so not contiguous. */
  readonly position: bigint;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
  /** .NET-style ticks (100 ns) since the Unix epoch, as the client decodes `created`. */
  readonly created: bigint;
}

export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

/** `any` | `no_stream` | `stream_exists` | an exact revision, as the wire options carry them. */
export type Expected = 'any' | 'no_stream' | 'stream_exists' | bigint;

export type AppendOutcome =
  | { readonly ok: true; readonly revision: bigint; readonly position: bigint }
  | { readonly ok: false; readonly current: bigint | 'no_stream'; readonly expected: Expected };

/**
 * The test server's storage: streams and the `$all` log in memory, with EventStoreDB's
 * optimistic-concurrency rule and an idempotent retry of the last write (same ids at the same
 * expected revision succeed without writing, as the server does for recent writes). `appended`
 * fires after each write so live subscriptions can follow.
 */
export class EventLog extends EventEmitter {
  readonly all: LoggedEvent[] = [];
  /** Appends by the RPC that carried them: which path the client took. */
  readonly calls = { append: 0, batchAppend: 0 };
  /** When set, appends get no answer at all: for the client's deadline (a lost reply, a hung node). */
  stallAppends = false;
  private readonly streams = new Map<string, LoggedEvent[]>();
  private nextPosition = 0n;

  constructor() {
    super();
    this.setMaxListeners(0);
    // A real server's log opens with system events; readers must hide `$` streams.
    this.append('$epochs', 'any', [
      {
        id: '00000000-0000-4000-8000-000000000001',
        type: '$epoch-information',
        contentType: 'application/json',
        data: Buffer.from('{}'),
        customMetadata: new Uint8Array(),
      },
    ]);
  }

  stream(streamId: string): readonly LoggedEvent[] | undefined {
    return this.streams.get(streamId);
  }

  append(streamId: string, expected: Expected, events: readonly ProposedEvent[]): AppendOutcome {
    const stream = this.streams.get(streamId) ?? [];
    const current = BigInt(stream.length) - 1n;
    const retried = this.retried(stream, expected, events);
    if (retried) return retried;
    const matches =
      expected === 'any' ||
      (expected === 'no_stream' && current === -1n) ||
      (expected === 'stream_exists' && current >= 0n) ||
      expected === current;
    if (!matches) return { ok: false, current: current === -1n ? 'no_stream' : current, expected };
    const created = BigInt(Date.now()) * 10_000n;
    for (const e of events) {
      // Positions jump by the record's size plus a header, like a byte offset in a chunk file.
      this.nextPosition += 100n + BigInt(e.data.length + e.customMetadata.length);
      const logged: LoggedEvent = {
        ...e,
        streamId,
        revision: BigInt(stream.length),
        position: this.nextPosition,
        created,
      };
      stream.push(logged);
      this.all.push(logged);
    }
    this.streams.set(streamId, stream);
    this.emit('appended');
    const last = stream[stream.length - 1]!;
    return { ok: true, revision: last.revision, position: last.position };
  }

  /** The same ids just after the expected revision: a retry, answered with the first result. */
  private retried(
    stream: readonly LoggedEvent[],
    expected: Expected,
    events: readonly ProposedEvent[],
  ): AppendOutcome | undefined {
    const from = expected === 'no_stream' ? 0 : typeof expected === 'bigint' ? Number(expected) + 1 : -1;
    if (from < 0 || stream.length < from + events.length) return undefined;
    const stored = stream.slice(from, from + events.length);
    if (!stored.every((s, i) => s.id === events[i]!.id)) return undefined;
    const last = stored[stored.length - 1]!;
    return { ok: true, revision: last.revision, position: last.position };
  }
}
