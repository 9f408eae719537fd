import type { Queryable } from '../queryable';
import { encodeCursor, type CursorPosition } from './cursor';
import type { ListRequest } from './list-params';
import type { ListSpec } from './list-spec';
import { SORT_VALUE, listSql, rowSql, type SqlQuery } from './list-sql';

/** A report row as JSON: each field of the spec by name (instants and bigints as strings). */
export type ListRow = Readonly<Record<string, unknown>>;

export interface ListPage {
  readonly items: readonly ListRow[];
  /** The cursor of the next page, or null on the last. */
  readonly nextCursor: string | null;
}

/** Rows per query while reading every row: large enough to be quick, small enough to keep memory flat. */
export const EXPORT_PAGE_SIZE = 1000;

const run = async (db: Queryable, query: SqlQuery): Promise<ListRow[]> => {
  const { rows } = await db.query(query.text, query.values);
  return rows as ListRow[];
};

const positionOf = (spec: ListSpec, row: ListRow): CursorPosition => ({
  value: row[SORT_VALUE] as string | null,
  key: row[spec.key] as string,
});

const withoutSortValue = (row: ListRow): ListRow => {
  const { [SORT_VALUE]: _sort, ...rest } = row;
  return rest;
};

/**
 * One page of a list. `now` is the instant clock-dependent fields (SLA breaches, at risk) are
 * judged at: the caller's clock, never the database's.
 */
export async function listPage(
  db: Queryable,
  spec: ListSpec,
  request: ListRequest,
  now: Date,
): Promise<ListPage> {
  // One row more than asked says whether there is a next page without a count.
  const rows = await run(db, listSql(spec, request, now, request.limit + 1));
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > request.limit && last ? encodeCursor(request.scope, positionOf(spec, last)) : null;
  return { items: page.map(withoutSortValue), nextCursor };
}

/** One row by key, or undefined. */
export async function listRow(
  db: Queryable,
  spec: ListSpec,
  key: string,
  now: Date,
): Promise<ListRow | undefined> {
  return (await run(db, rowSql(spec, key, now)))[0];
}

/**
 * Every matching row (the request's limit and cursor aside), in keyset pages of `pageSize`. The
 * first page is read before this resolves, so a failing query rejects here, before a caller
 * has sent anything. Pages are separate queries, not one snapshot: the position is (sort value,
 * key), so a row whose sort value does not change is neither skipped nor repeated.
 */
export async function listAll(
  db: Queryable,
  spec: ListSpec,
  request: ListRequest,
  now: Date,
  pageSize = EXPORT_PAGE_SIZE,
): Promise<AsyncIterable<readonly ListRow[]>> {
  const read = (after: CursorPosition | undefined) =>
    run(db, listSql(spec, { ...request, after }, now, pageSize));
  const first = await read(request.after);
  return (async function* pages() {
    let page = first;
    for (;;) {
      yield page.map(withoutSortValue);
      const last = page.at(-1);
      if (page.length < pageSize || !last) return;
      page = await read(positionOf(spec, last));
    }
  })();
}
