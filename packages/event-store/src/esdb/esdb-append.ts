import { GENESIS_HEX, eventHashHex } from '../chain/hash';
import { jcs } from '../chain/canonical';
import { EventIdConflict, WrongExpectedVersion } from '../errors';
import { versionMatches } from '../memory/in-memory-event-store';
import type { AppendResult, EventToAppend, StoredEvent, StreamAppend } from '../port';
import { type Client, type JSONRecordedEvent, NO_STREAM, WrongExpectedVersionError } from './client';
import { readRecords } from './esdb-reads';
import { AppendTimeout, PartialAppend } from './errors';
import { toEventData, toStored } from './records';

/** How far back from a stream's head a retried append's events are looked for. */
const RETRY_WINDOW = 64;
/** Tries of an `any` append that lost a race for the stream head (its hashes chain from the head). */
const HEAD_RACES = 10;

/** One stream's part, checked and ready: either the first result of a retry or what to write. */
type Checked =
  | { readonly replayed: AppendResult }
  | { readonly streamId: string; readonly head: bigint; readonly events: ReturnType<typeof toEventData>[] };

/**
 * Appends for `EsdbEventStore`. Hash chains are computed here from the stream's head, and the
 * append is sent with that head as its exact expected revision, so two writers can never fork a
 * chain: the loser re-reads and, if its caller allowed any version, tries again.
 */
export class EsdbAppender {
  constructor(
    private readonly client: Client,
    private readonly deadline: number,
  ) {}

  async appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    if (appends.length === 1) return [await this.appendOne(appends[0]!)];
    const checked = await Promise.all(appends.map((a) => this.check(a)));
    const results: AppendResult[] = [];
    for (const [i, c] of checked.entries()) {
      try {
        results.push('replayed' in c ? c.replayed : await this.write(c));
      } catch (e) {
        if (results.length === 0) throw this.wrongVersion(appends[i]!, e);
        throw new PartialAppend(
          appends.slice(0, i).map((a) => a.streamId),
          this.wrongVersion(appends[i]!, e) as Error,
        );
      }
    }
    return results;
  }

  private async appendOne(a: StreamAppend): Promise<AppendResult> {
    for (let race = 1; ; race++) {
      const c = await this.check(a);
      if ('replayed' in c) return c.replayed;
      try {
        return await this.write(c);
      } catch (e) {
        const mapped = this.wrongVersion(a, e);
        const mayRetry =
          mapped instanceof WrongExpectedVersion && versionMatches(a.expectedVersion ?? 'any', mapped.actual);
        if (!mayRetry || race >= HEAD_RACES) throw mapped;
      }
    }
  }

  /**
   * Reads the stream's last events (one read: the head, and where a retry's events would be),
   * answers a retry with its first result, checks the version, chains hashes.
   */
  private async check(a: StreamAppend): Promise<Checked> {
    const maxCount = Math.max(RETRY_WINDOW, a.events.length);
    const tail = (await readRecords(this.client, a.streamId, { backwards: true, maxCount })) ?? [];
    const headEvent = tail[0];
    const head = headEvent?.revision ?? -1n;
    const replayed = await this.replayed(a, head, tail);
    if (replayed) return { replayed };
    const expected = a.expectedVersion ?? 'any';
    if (!versionMatches(expected, head)) throw new WrongExpectedVersion(a.streamId, expected, head);
    let prev = headEvent ? toStored(headEvent).hash : GENESIS_HEX;
    const events = a.events.map((e, i) => {
      const fields = { ...e, streamId: a.streamId, schemaVersion: e.schemaVersion ?? 1 };
      prev = eventHashHex(prev, head + 1n + BigInt(i), fields);
      return toEventData(e, prev);
    });
    return { streamId: a.streamId, head, events };
  }

  /**
   * With the head as the exact expected revision. The deadline is ours: the client sends one to
   * the server on BatchAppend but waits for the answer without one, so a lost reply would hang.
   */
  private async write(c: { streamId: string; head: bigint; events: ReturnType<typeof toEventData>[] }) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AppendTimeout(c.streamId, this.deadline)), this.deadline);
    });
    const sent = this.client.appendToStream(c.streamId, c.events, {
      expectedRevision: c.head === -1n ? NO_STREAM : c.head,
      deadline: this.deadline,
    });
    const result = await Promise.race([sent, timeout]).finally(() => clearTimeout(timer));
    return {
      nextExpectedVersion: result.nextExpectedRevision,
      lastGlobalPosition: result.position?.commit ?? 0n,
    };
  }

  private wrongVersion(a: StreamAppend, e: unknown): unknown {
    if (!(e instanceof WrongExpectedVersionError)) return e;
    const actual = e.actualVersion === 'no_stream' ? -1n : BigInt(e.actualVersion);
    return new WrongExpectedVersion(a.streamId, a.expectedVersion ?? 'any', actual);
  }

  /**
   * EventStoreDB has no index by event id, so a retry is recognised in the stream it was written
   * to: at the position its expected version names, or among the stream's last events. An id
   * reused in another stream is not seen (see docs/architecture.md).
   */
  private async replayed(
    a: StreamAppend,
    head: bigint,
    tail: readonly JSONRecordedEvent[],
  ): Promise<AppendResult | undefined> {
    if (head < 0n) return undefined;
    const expected = a.expectedVersion ?? 'any';
    const from = expected === 'no_stream' ? 0n : typeof expected === 'bigint' ? expected + 1n : undefined;
    const oldest = tail[tail.length - 1]?.revision ?? 0n;
    // Only where the expected version points before the tail just read.
    const earlier =
      from !== undefined && from < oldest
        ? ((await readRecords(this.client, a.streamId, { from, maxCount: a.events.length })) ?? [])
        : [];
    const byId = new Map<string, StoredEvent>();
    for (const r of [...tail, ...earlier]) byId.set(r.id, toStored(r));
    const found = a.events.map((e) => byId.get(e.eventId));
    if (found.every((f) => f === undefined)) return undefined;
    a.events.forEach((e, i) => {
      const f = found[i];
      if (!f) throw new EventIdConflict(a.events[0]!.eventId, 'part of this append is already stored');
      if (!sameContent(f, e)) throw new EventIdConflict(e.eventId, 'already stored with different content');
    });
    const last = found[found.length - 1]!;
    return { nextExpectedVersion: last.streamPosition, lastGlobalPosition: last.globalPosition };
  }
}

function sameContent(stored: StoredEvent, e: EventToAppend): boolean {
  return (
    stored.type === e.type &&
    stored.schemaVersion === (e.schemaVersion ?? 1) &&
    jcs(stored.data) === jcs(e.data) &&
    jcs(stored.metadata) === jcs(e.metadata)
  );
}
