import type { StoredEvent } from '@casebook/event-store';
import { toHistoryEntry, type HistoryEntry } from './history-entry';

export const DEFAULT_HISTORY_LIMIT = 100;
export const MAX_HISTORY_LIMIT = 500;

/** The page a caller asks for, as it arrives (query-string values, unchecked). */
export interface HistoryQuery {
  readonly cursor?: unknown;
  readonly limit?: unknown;
}

export interface HistoryFieldError {
  readonly path: 'cursor' | 'limit';
  readonly reason: string;
}

export interface HistoryPage {
  readonly _tag: 'Page';
  /** Every stream the history is made of, the subject's own first. */
  readonly streams: readonly string[];
  readonly items: readonly HistoryEntry[];
  /** Pass it back as `cursor` for the events after this page; null when there were no more. */
  readonly nextCursor: string | null;
}

/** Values, not throws: the edge matches them (404, 400 naming the parameter, 200). */
export type HistoryAnswer =
  | HistoryPage
  | { readonly _tag: 'NotFound' }
  | { readonly _tag: 'Invalid'; readonly errors: readonly HistoryFieldError[] };

/** A checked page request: events strictly after global position `after`, at most `limit`. */
export interface PageRequest {
  readonly after: bigint;
  readonly limit: number;
}

/**
 * The cursor names the history it belongs to and the last global position returned: the history
 * is sorted by that position alone, so resuming after it returns every event exactly once.
 */
const encodeCursor = (subject: string, after: bigint): string =>
  Buffer.from(JSON.stringify({ of: subject, after: after.toString() })).toString('base64url');

function decodeCursor(value: unknown, subject: string): bigint | HistoryFieldError {
  const bad = (reason: string): HistoryFieldError => ({ path: 'cursor', reason });
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,400}$/.test(value))
    return bad('expected the nextCursor of a previous page');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return bad('expected the nextCursor of a previous page');
  }
  const c = parsed as { of?: unknown; after?: unknown } | null;
  if (typeof c !== 'object' || c === null || typeof c.after !== 'string' || !/^\d{1,18}$/.test(c.after))
    return bad('expected the nextCursor of a previous page');
  if (c.of !== subject) return bad(`this cursor belongs to the history of ${String(c.of)}, not ${subject}`);
  return BigInt(c.after);
}

function parseLimit(value: unknown): number | HistoryFieldError {
  if (value === undefined) return DEFAULT_HISTORY_LIMIT;
  const n = typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (n >= 1 && n <= MAX_HISTORY_LIMIT) return n;
  return { path: 'limit', reason: `expected an integer from 1 to ${MAX_HISTORY_LIMIT}` };
}

/** Checks `cursor` and `limit` together, so a 400 names every bad parameter at once. */
export function pageRequest(
  query: HistoryQuery,
  subject: string,
): PageRequest | { readonly errors: HistoryFieldError[] } {
  const after = query.cursor === undefined ? 0n : decodeCursor(query.cursor, subject);
  const limit = parseLimit(query.limit);
  const errors = [after, limit].filter((x): x is HistoryFieldError => typeof x === 'object');
  if (errors.length > 0) return { errors };
  return { after: after as bigint, limit: limit as number };
}

/**
 * One page of several streams' events merged in global-position order. Only events at or below
 * `head` (what a reader of the whole log can see) are shown: above it a transaction that started
 * earlier may still commit a smaller position, and a cursor past it would skip that event.
 */
export function mergePage(
  subject: string,
  streams: readonly string[],
  events: readonly StoredEvent[],
  { after, limit }: PageRequest,
  head: bigint,
): HistoryPage {
  const visible = events
    .filter((e) => e.globalPosition > after && e.globalPosition <= head)
    .sort((a, b) => (a.globalPosition < b.globalPosition ? -1 : 1));
  const page = visible.slice(0, limit);
  const more = visible.length > limit;
  return {
    _tag: 'Page',
    streams,
    items: page.map(toHistoryEntry),
    nextCursor: more ? encodeCursor(subject, page.at(-1)!.globalPosition) : null,
  };
}
