import { Readable } from 'node:stream';
import type { Pool } from 'pg';
import type { CasebookConfig } from '../config';
import { ProblemError, problem } from '../http/problem';
import { encodeCursor, type CursorPosition } from './cursor';
import { csvCell, csvLine } from './csv';
import type { ListRequest } from './list-params';
import type { ListSpec } from './list-spec';
import { SORT_VALUE, listSql, rowSql } from './list-sql';

type Row = Record<string, unknown>;

export interface ListPage {
  readonly items: readonly Row[];
  readonly nextCursor: string | null;
}

/** Rows per query while exporting: large enough to be quick, small enough to keep memory flat. */
export const CSV_PAGE_SIZE = 1000;

/** The read models' PostgreSQL, or a 503: the in-memory store has no read models to report on. */
export function reportPool(config: Pick<CasebookConfig, 'pool'>): Pool {
  if (config.pool) return config.pool;
  throw new ProblemError(
    problem(503, 'ReportsUnavailable', 'reports need PostgreSQL: this API runs on an in-memory store'),
  );
}

/** Runs list specs against the read models: a page, one row, or every row as CSV. */
export class ReportReader {
  constructor(private readonly config: Pick<CasebookConfig, 'pool' | 'clock'>) {}

  async page(spec: ListSpec, req: ListRequest): Promise<ListPage> {
    // One row more than asked says whether there is a next page without a count.
    const rows = await this.rows(spec, req, req.limit + 1, this.config.clock());
    const page = rows.slice(0, req.limit);
    const last = page.at(-1);
    const nextCursor =
      rows.length > req.limit && last ? encodeCursor(req.scope, positionOf(spec, last)) : null;
    return { items: page.map(withoutSortValue), nextCursor };
  }

  async one(spec: ListSpec, key: string): Promise<Row | undefined> {
    const { rows } = await reportPool(this.config).query<Row>(rowSql(spec, key, this.config.clock()));
    return rows[0];
  }

  /**
   * Every matching row, streamed in keyset pages of CSV_PAGE_SIZE. The first page is read before
   * anything is sent, so a failing query is still a 500 problem; a later failure can only cut
   * the stream short (the chunked response then ends without its last chunk, which clients see).
   * Pages are separate queries, not one snapshot: the position is (sort value, key), so a row
   * whose sort value does not change is neither skipped nor repeated.
   */
  async csv(spec: ListSpec, req: ListRequest): Promise<Readable> {
    const now = this.config.clock();
    const first = await this.rows(spec, req, CSV_PAGE_SIZE, now);
    return Readable.from(this.csvChunks(spec, req, first, now), { objectMode: false });
  }

  private async *csvChunks(spec: ListSpec, req: ListRequest, first: Row[], now: Date) {
    const fields = Object.entries(spec.fields);
    yield csvLine(fields.map(([name]) => name));
    let page = first;
    for (;;) {
      yield page.map((row) => csvLine(fields.map(([n, f]) => csvCell(row[n], f.type === 'text')))).join('');
      const last = page.at(-1);
      if (page.length < CSV_PAGE_SIZE || !last) return;
      page = await this.rows(spec, { ...req, after: positionOf(spec, last) }, CSV_PAGE_SIZE, now);
    }
  }

  private async rows(spec: ListSpec, req: ListRequest, limit: number, now: Date): Promise<Row[]> {
    const { rows } = await reportPool(this.config).query<Row>(listSql(spec, req, now, limit));
    return rows;
  }
}

const positionOf = (spec: ListSpec, row: Row): CursorPosition => ({
  value: row[SORT_VALUE] as string | null,
  key: row[spec.key] as string,
});

const withoutSortValue = (row: Row): Row => {
  const { [SORT_VALUE]: _sort, ...rest } = row;
  return rest;
};
