import { createHash } from 'node:crypto';

/** Where the previous page ended: the last row's sort value (as text, exact) and its key. */
export interface CursorPosition {
  readonly value: string | null;
  readonly key: string;
}

/** What a cursor also records, so it cannot be replayed against another query. */
export interface CursorScope {
  /** The sort as requested (`-filedAt`). */
  readonly sort: string;
  /** `filterHash` of the request's filters. */
  readonly filters: string;
}

interface CursorBody {
  readonly v: 1;
  readonly s: string;
  readonly f: string;
  readonly a: string | null;
  readonly k: string;
}

const MAX_CURSOR_LENGTH = 2048;

/**
 * A short digest of the filters, order-insensitive: a cursor made under `status=open` means
 * nothing under `status=closed` (its position may not even be in that result).
 */
export function filterHash(filters: ReadonlyArray<readonly [string, readonly unknown[]]>): string {
  const canonical = [...filters].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url').slice(0, 16);
}

/**
 * Opaque to clients (base64url JSON), not secret: the values in it are bound as parameters and
 * checked against the sort field's type, so editing one can only move the position.
 */
export const encodeCursor = (scope: CursorScope, at: CursorPosition): string =>
  Buffer.from(
    JSON.stringify({ v: 1, s: scope.sort, f: scope.filters, a: at.value, k: at.key } satisfies CursorBody),
  ).toString('base64url');

/** The position, or why the cursor cannot be used with this query. */
export function decodeCursor(text: string, scope: CursorScope): CursorPosition | { readonly error: string } {
  const body = parseBody(text);
  if (!body) return { error: 'not a cursor this API issued' };
  if (body.s !== scope.sort)
    return { error: `the cursor was issued for sort=${body.s}; pass the same sort or start over` };
  if (body.f !== scope.filters)
    return { error: 'the cursor was issued for other filters; pass the same filters or start over' };
  return { value: body.a, key: body.k };
}

function parseBody(text: string): CursorBody | undefined {
  if (text.length === 0 || text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text))
    return undefined;
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const b = body as Partial<CursorBody> | null;
  const ok =
    typeof b === 'object' &&
    b !== null &&
    b.v === 1 &&
    typeof b.s === 'string' &&
    typeof b.f === 'string' &&
    (b.a === null || typeof b.a === 'string') &&
    typeof b.k === 'string';
  return ok ? (b as CursorBody) : undefined;
}
