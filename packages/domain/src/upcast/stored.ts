import type { Props } from '../shared/codec';
import type { EventOf } from '../shared/messages';
import { domainEventPayloads } from './events';
import { upcastWith } from './registry';

/** JSON as a store keeps it: what an encoded event payload is. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** A stored event as any adapter hands it over: the parts a reader decodes. */
export interface StoredEventLike {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly globalPosition?: bigint;
}

/** Stored events of one stream kind -> domain events (upcast, then decoded), and back. */
export interface StoredEventCodec<Ev> {
  readonly fromStored: (event: StoredEventLike) => Ev;
  readonly toStored: (event: Ev) => { readonly type: string; readonly data: Json };
}

/**
 * The one reader of stored events, for the command runner, the API's reads and the read models.
 * A stored event that does not decode is a bug upstream or corruption, not a caller's mistake:
 * it throws (the request fails with a 500, a projection page fails and is retried), rather than
 * letting a state or a read model silently go wrong.
 */
export const storedEventCodec = <P extends Props>(payloads: P): StoredEventCodec<EventOf<P>> => {
  const read = upcastWith(payloads);
  return {
    fromStored: (event) => {
      const decoded = read(event.type, event.schemaVersion, event.data);
      if (decoded._tag === 'Right') return decoded.right;
      const reasons = decoded.left.errors.map((e) => `${e.path}: ${e.reason}`).join('; ');
      throw new Error(`cannot read event ${event.globalPosition ?? '(new)'} (${event.type}): ${reasons}`);
    },
    // Payload codecs encode to plain JSON (strings, numbers, booleans, objects and arrays of them).
    toStored: (event) => ({ type: event.type, data: payloads[event.type]!.encode(event.data) as Json }),
  };
};

/** Any stored domain event, decoded: what the read models fold. */
export const decodeStored: (event: StoredEventLike) => EventOf<typeof domainEventPayloads> =
  storedEventCodec(domainEventPayloads).fromStored;
