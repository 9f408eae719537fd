import {
  BACKWARDS,
  type Client,
  END,
  FORWARDS,
  type JSONRecordedEvent,
  START,
  StreamNotFoundError,
} from './client';

/** A stream's events as the client reads them; empty when the stream does not exist. */
export async function readRecords(
  client: Client,
  streamId: string,
  options: { from?: bigint; backwards?: boolean; maxCount?: number },
): Promise<JSONRecordedEvent[] | undefined> {
  const read = client.readStream(streamId, {
    fromRevision: options.from ?? (options.backwards ? END : START),
    direction: options.backwards ? BACKWARDS : FORWARDS,
    maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
  });
  const out: JSONRecordedEvent[] = [];
  try {
    for await (const resolved of read) if (resolved.event) out.push(resolved.event as JSONRecordedEvent);
  } catch (e) {
    // A missing stream is an in-band answer, which the client raises as this error.
    if (e instanceof StreamNotFoundError) return undefined;
    throw e;
  }
  return out;
}

/** The last event of a stream, or undefined when it does not exist. */
export async function streamHead(client: Client, streamId: string): Promise<JSONRecordedEvent | undefined> {
  return (await readRecords(client, streamId, { backwards: true, maxCount: 1 }))?.[0];
}

/**
 * Up to `count` events of `$all` from `after` on, excluding `after` itself (the client reads
 * from a position inclusively). `after` 0 is the start of the log.
 */
export async function readAllRecords(
  client: Client,
  after: bigint,
  count: number,
): Promise<JSONRecordedEvent[]> {
  const read = client.readAll({
    fromPosition: after === 0n ? START : { commit: after, prepare: after },
    direction: FORWARDS,
    maxCount: count + 1,
  });
  const out: JSONRecordedEvent[] = [];
  for await (const resolved of read) {
    const e = resolved.event as JSONRecordedEvent | undefined;
    if (e && (after === 0n || (e.position?.commit ?? 0n) > after)) out.push(e);
  }
  return out.slice(0, count);
}

/** The commit position of the last event in `$all` (system events included), 0 when empty. */
export async function lastPosition(client: Client): Promise<bigint> {
  // Read to the end rather than leave the loop early: a read stream torn down half-way can keep
  // its gRPC call open, and the client's dispose then waits for it.
  let position = 0n;
  for await (const resolved of client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1 })) {
    position = resolved.event?.position?.commit ?? position;
  }
  return position;
}

/**
 * `$all` backwards from its end, page by page, until `stop` says enough: for look-ups of recent
 * events (what a request wrote) that EventStoreDB has no index for.
 */
export async function* recentRecords(client: Client, pageSize = 500): AsyncGenerator<JSONRecordedEvent> {
  let from: { commit: bigint; prepare: bigint } | typeof END = END;
  for (;;) {
    const read = client.readAll({ fromPosition: from, direction: BACKWARDS, maxCount: pageSize + 1 });
    const page: JSONRecordedEvent[] = [];
    for await (const resolved of read) if (resolved.event) page.push(resolved.event as JSONRecordedEvent);
    // Whether a backward read from a position includes it or not, the one the last page ended
    // with is not read twice.
    const before = from === END ? undefined : from.commit;
    const fresh = page.filter((e) => before === undefined || (e.position?.commit ?? 0n) < before);
    for (const e of fresh) yield e;
    if (page.length < pageSize + 1) return;
    const last = page[page.length - 1]!.position!;
    from = { commit: last.commit, prepare: last.prepare };
  }
}
