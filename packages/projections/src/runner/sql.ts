import type { ColumnSpec, ColumnValue, TableSpec } from './projection';

/** One statement and its parameters, ready for `client.query`. */
export interface Statement {
  readonly text: string;
  readonly values: unknown[];
}

export const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

const PG_TYPE: Record<ColumnSpec['type'], string> = {
  text: 'text',
  int: 'int4',
  bigint: 'int8',
  timestamptz: 'timestamptz',
  boolean: 'bool',
};

type Fields<Row> = ReadonlyArray<readonly [keyof Row & string, ColumnSpec]>;

const fieldLists = new WeakMap<object, Fields<unknown>>();

/** A table's fields, listed once per table: rows are decoded by the thousand. */
const fieldsOf = <Row>(table: TableSpec<Row>): Fields<Row> => {
  let fields = fieldLists.get(table.columns) as Fields<Row> | undefined;
  if (!fields) {
    // Object.entries widens keys to string; the keys are the row's fields by TableSpec's type.
    fields = Object.entries<ColumnSpec>(table.columns).map(
      ([field, spec]) => [field as keyof Row & string, spec] as const,
    );
    fieldLists.set(table.columns, fields as Fields<unknown>);
  }
  return fields;
};

/** bigint travels as text so no driver has to guess how to serialize it. */
const encode = (value: ColumnValue): string | number | boolean | null =>
  typeof value === 'bigint' ? value.toString() : value;

/** pg returns int8 as a string and timestamptz as a Date; rows hold bigint and ISO strings. */
const decode = (spec: ColumnSpec, value: unknown): ColumnValue => {
  if (value === null || value === undefined) return null;
  if (spec.type === 'bigint') return BigInt(value as string);
  if (spec.type === 'timestamptz') return (value as Date).toISOString();
  return value as string | number | boolean;
};

/** Loads every row whose key is in `keys`: one query per page, however many rows it touches. */
export const selectRows = <Row>(table: TableSpec<Row>, keys: readonly string[]): Statement => {
  const columns = fieldsOf(table).map(([field, spec]) => `${quote(spec.column)} AS ${quote(field)}`);
  const key = quote(table.columns[table.key].column);
  return {
    text: `SELECT ${columns.join(', ')} FROM ${quote(table.name)} WHERE ${key} = ANY($1::text[])`,
    values: [keys],
  };
};

export const decodeRow = <Row>(table: TableSpec<Row>, raw: Record<string, unknown>): Row => {
  const row: Record<string, ColumnValue> = {};
  for (const [field, spec] of fieldsOf(table)) row[field] = decode(spec, raw[field]);
  return row as Row;
};

/**
 * One multi-row upsert: a parameter per column holding that column's values for every row, turned
 * back into rows by `unnest`. So the statement text and the parameter count do not grow with the page.
 */
export const upsertRows = <Row>(table: TableSpec<Row>, rows: readonly Row[]): Statement => {
  const fields = fieldsOf(table);
  const columns = fields.map(([, spec]) => quote(spec.column));
  const arrays = fields.map(([, spec], i) => `$${i + 1}::${PG_TYPE[spec.type]}[]`);
  const updates = columns.map((c) => `${c} = EXCLUDED.${c}`);
  return {
    text:
      `INSERT INTO ${quote(table.name)} (${columns.join(', ')}) ` +
      `SELECT * FROM unnest(${arrays.join(', ')}) ` +
      `ON CONFLICT (${quote(table.columns[table.key].column)}) DO UPDATE SET ${updates.join(', ')}`,
    values: fields.map(([field]) => rows.map((r) => encode(r[field] as ColumnValue))),
  };
};

export const deleteRows = <Row>(table: TableSpec<Row>, keys: readonly string[]): Statement => ({
  text: `DELETE FROM ${quote(table.name)} WHERE ${quote(table.columns[table.key].column)} = ANY($1::text[])`,
  values: [keys],
});

/** A projection's links whose ids are in `ids`. */
export const selectLinks = (projection: string, ids: readonly string[]): Statement => ({
  text: 'SELECT link_key, row_key FROM projection_links WHERE projection = $1 AND link_key = ANY($2::text[])',
  values: [projection, ids],
});

/** Stores a page's new links; a later link for the same id replaces the earlier one. */
export const upsertLinks = (projection: string, links: ReadonlyMap<string, string>): Statement => ({
  text:
    'INSERT INTO projection_links (projection, link_key, row_key) ' +
    'SELECT $1, * FROM unnest($2::text[], $3::text[]) ' +
    'ON CONFLICT (projection, link_key) DO UPDATE SET row_key = EXCLUDED.row_key',
  values: [projection, [...links.keys()], [...links.values()]],
});
