import type { StreamAppend } from '@casebook/event-store';
import { complaintEventTypes } from '../index';
import { Plot, seeded } from './plot';
import { complaint } from './story';

/** Complaints in flight at once in the paced load. */
const IN_FLIGHT = 200;

/**
 * `count` appends of one event each, of the types the complaints model reads, from 200
 * complaints in flight taken in turn (a finished one is replaced): a stream's next append waits
 * for its previous one (the store never puts two appends to one stream in one batch), so
 * consecutive appends must be to other streams.
 */
export function complaintAppends(count: number, customers: number): StreamAppend[] {
  const reads = new Set<string>(complaintEventTypes);
  const p = new Plot(seeded(7), Date.now());
  const story = (i: number): StreamAppend[] =>
    complaint(p, `live-${i}`, `cus-${i % Math.max(1, customers)}`)
      .flat()
      .flatMap((a) =>
        a.events.filter((e) => reads.has(e.type)).map((e) => ({ streamId: a.streamId, events: [e] })),
      );
  const active: StreamAppend[][] = [];
  const out: StreamAppend[] = [];
  for (let next = 0; out.length < count;) {
    while (active.length < IN_FLIGHT) active.push(story(next++));
    for (let i = 0; i < active.length && out.length < count;) {
      out.push(active[i]!.shift()!);
      if (active[i]!.length === 0) active.splice(i, 1);
      else i++;
    }
  }
  return out;
}
