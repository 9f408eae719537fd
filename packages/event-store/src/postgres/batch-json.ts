import { jcs } from '../chain/canonical';
import { chainHashHex, digestOfParts } from '../chain/hash';
import type { EventToAppend, StreamAppend } from '../port';
import type { Head, StreamHeads } from './heads';

/** The batch `casebook_append` reads, and the head each append leaves if our chain was taken. */
export interface Batch {
  readonly json: string;
  readonly chained: readonly (Head | undefined)[];
}

/** The JSON shape `casebook_append` reads: short keys keep large batches small on the wire. */
export function toBatchJson(appends: readonly StreamAppend[]): string {
  return toBatch(appends).json;
}

/**
 * Written by hand around each event's canonical texts: the digest needs the JCS of data and
 * metadata anyway, and JCS is JSON of the same value (validate.ts admits only plain JSON), so
 * JSON.stringify need not serialise them a second time. An append whose head `heads` knows (or
 * assumes) carries `p`, that head's hash, and each event `c`, its chained hash; migration
 * `event-store/004-writer-chain` takes `c` when `p` is the head it reads.
 */
export function toBatch(appends: readonly StreamAppend[], heads?: StreamHeads): Batch {
  // A command's events share one metadata object (runner/command-runner.ts): canonicalise it once.
  const canonical = new Map<object, string>();
  const metadataJcs = (m: object): string => {
    let text = canonical.get(m);
    if (text === undefined) canonical.set(m, (text = jcs(m)));
    return text;
  };
  const chained: (Head | undefined)[] = [];
  const parts = appends.map((a) => {
    const ev = a.expectedVersion ?? 'any';
    const head = heads?.assumed(a);
    const s = JSON.stringify(a.streamId);
    let prev = head?.hash;
    let position = head?.version ?? -1n;
    const events = a.events.map((e) => {
      const { fields, digest } = eventParts(s, e, metadataJcs(e.metadata));
      if (prev === undefined) return `{${fields},"h":"${digest}"}`;
      prev = chainHashHex(prev, ++position, digest);
      return `{${fields},"h":"${digest}","c":"${prev}"}`;
    });
    chained.push(head && prev !== undefined ? { version: position, hash: prev } : undefined);
    const expected = typeof ev === 'bigint' ? `"k":"exact","x":"${ev}"` : `"k":"${ev}","x":null`;
    const p = head ? `,"p":"${head.hash}"` : '';
    return `{"s":${s},${expected}${p},"e":[${events.join(',')}]}`;
  });
  return { json: `[${parts.join(',')}]`, chained };
}

/** One event's batch fields (`id`, `t`, `v`, `d`, `m`) and its content digest, from one serialisation. */
function eventParts(s: string, e: EventToAppend, m: string) {
  const v = e.schemaVersion ?? 1;
  const id = JSON.stringify(e.eventId);
  const t = JSON.stringify(e.type);
  const d = jcs(e.data);
  const digest = digestOfParts(`${s},${id},${t}`, v, d, m);
  return { fields: `"id":${id},"t":${t},"v":${v},"d":${d},"m":${m}`, digest };
}
