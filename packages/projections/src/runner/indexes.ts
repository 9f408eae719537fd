import type { Run } from './transaction';
import { quote } from './sql';

/** An index of a table, by its name and its definition without name and table (its shape). */
export interface IndexInfo {
  readonly name: string;
  /** `UNIQUE USING btree (a, b)` or `USING btree (a, b)`: how copies are matched. */
  readonly shape: string;
  readonly primary: boolean;
}

const DEFINITION = /^CREATE (UNIQUE )?INDEX \S+ ON (?:ONLY )?\S+ (.*)$/;

export async function indexesOf(q: Run, table: string): Promise<IndexInfo[]> {
  const res = await q(
    `SELECT i.indexname, i.indexdef, x.indisprimary AS primary
       FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = i.schemaname
       JOIN pg_index x ON x.indexrelid = c.oid
      WHERE i.schemaname = current_schema() AND i.tablename = $1`,
    [table],
  );
  return res.rows.map((r) => {
    const [, unique, rest] = DEFINITION.exec(r.indexdef as string) ?? [];
    return {
      name: r.indexname as string,
      shape: `${unique ?? ''}${rest ?? ''}`,
      primary: r.primary === true,
    };
  });
}

/**
 * Creates on `copy` every secondary index `original` has. A rebuild loads its rows first and
 * indexes them once at the end: cheaper than keeping every index up to date row by row.
 */
export async function copySecondaryIndexes(q: Run, original: string, copy: string): Promise<void> {
  const indexes = (await indexesOf(q, original)).filter((i) => !i.primary);
  for (const [n, index] of indexes.entries()) {
    const unique = index.shape.startsWith('UNIQUE ') ? 'UNIQUE ' : '';
    const rest = index.shape.slice(unique.length);
    await q(`CREATE ${unique}INDEX ${quote(`${copy}_idx${n}`)} ON ${quote(copy)} ${rest}`);
  }
}

/** `LIKE ... INCLUDING ALL` names a copy's indexes after the copy: give them the old names back. */
export async function renameIndexesLike(q: Run, table: string, wanted: readonly IndexInfo[]): Promise<void> {
  const names = new Map(wanted.map((i) => [i.shape, i.name]));
  for (const index of await indexesOf(q, table)) {
    const name = names.get(index.shape);
    if (name !== undefined && name !== index.name) {
      await q(`ALTER INDEX ${quote(index.name)} RENAME TO ${quote(name)}`);
    }
  }
}
