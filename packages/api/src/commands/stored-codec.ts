import { upcast } from '@casebook/domain';
import type { EventCodecLike, Json, StoredEvent } from '@casebook/event-store';
import type * as t from 'io-ts';

/**
 * Stored JSON -> domain event through the domain's `upcast` (older schema versions lifted, then
 * decoded), and back through the aggregate's union codec. A stored event that does not decode is a
 * bug or corruption: it throws, and the client sees a 500 without details.
 */
export const storedCodec = <Ev>(union: t.Type<Ev, unknown, unknown>): EventCodecLike<Ev> => ({
  fromStored: (e: StoredEvent) => {
    const decoded = upcast(e.type, e.schemaVersion, e.data);
    if (decoded._tag === 'Left') throw new Error(`stored event ${e.eventId} (${e.type}) does not decode`);
    return decoded.right as Ev;
  },
  toStored: (ev: Ev) => {
    const { type, data } = union.encode(ev) as { type: string; data: Json };
    return { type, data };
  },
});
