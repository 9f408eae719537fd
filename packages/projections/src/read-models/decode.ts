import { decodeStored, type DomainEvent } from '@casebook/domain';
import type { StoredEvent } from '@casebook/event-store';

/** The decoded domain event of one type. */
export type EventOfType<K extends DomainEvent['type']> = Extract<DomainEvent, { type: K }>;

/**
 * Stored payloads go through the domain's one reader of stored events (upcast, then decode), so
 * an old `ComplaintFiled` (v1, no regime) reads as the current shape. A payload that does not
 * decode throws: the page fails and the runner retries, rather than the model silently going wrong.
 */
export { decodeStored };

/**
 * A top-level string field of a stored payload, read without decoding: `keyOf`, `linkOf` and
 * `lookupOf` run on every event of a page, and `evolve` decodes (and so validates) it anyway.
 */
export const stringField = (event: StoredEvent, field: string): string | null => {
  const data = event.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const value = (data as { readonly [k: string]: unknown })[field];
  return typeof value === 'string' ? value : null;
};
