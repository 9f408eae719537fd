import type { Condition, ListRequest } from './list-params';
import type { FieldType, ListSpec } from './list-spec';

/** A parameterized statement: identifiers from the spec, every value from the request bound. */
export interface SqlQuery {
  readonly text: string;
  readonly values: unknown[];
}

/** The column alias carrying each row's exact sort value, for the next cursor. */
export const SORT_VALUE = '__sort';

const CAST: Readonly<Record<FieldType, string>> = {
  text: 'text',
  int: 'int',
  bigint: 'bigint',
  instant: 'timestamptz',
  boolean: 'boolean',
};

const utc = (sql: string, fraction: 'MS' | 'US') =>
  `to_char((${sql}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.${fraction}"Z"')`;

/** JSON-ready values: instants as ISO-8601 UTC strings, bigints as strings (pg gives int4 as numbers). */
const output = (type: FieldType, sql: string) =>
  type === 'instant' ? utc(sql, 'MS') : type === 'bigint' ? `(${sql})::text` : sql;

/** The sort value as text that casts back to exactly the same value (microseconds included). */
const exact = (type: FieldType, sql: string) => (type === 'instant' ? utc(sql, 'US') : `(${sql})::text`);

/** One statement's bound values, and the SQL of each field under the spec's alias. */
function statement(spec: ListSpec, now: Date) {
  const values: unknown[] = [];
  const bind = (value: unknown, cast: string) => {
    values.push(value);
    return `$${values.length}::${cast}`;
  };
  let nowRef: string | undefined;
  // Bound only when an expression uses it: PostgreSQL refuses a parameter it cannot type.
  const nowSql = () => (nowRef ??= bind(now.toISOString(), 'timestamptz'));
  const sqlOf = (field: string) => spec.fields[field]!.sql(spec.alias, nowSql);
  const select = Object.entries(spec.fields)
    .map(([name, f]) => `${output(f.type, sqlOf(name))} AS "${name}"`)
    .join(', ');
  return { values, bind, sqlOf, select, from: `${spec.table} ${spec.alias}` };
}

type Bind = (value: unknown, cast: string) => string;

function condition(c: Condition, sql: string, bind: Bind): string {
  const [first] = c.values;
  switch (c.filter.kind) {
    case 'in':
      return `${sql} = ANY(${bind(c.values, 'text[]')})`;
    case 'from':
      return `${sql} >= ${bind(first, 'timestamptz')}`;
    case 'to':
      return `${sql} < ${bind(first, 'timestamptz')}`;
    case 'min':
      return `${sql} >= ${bind(first, 'bigint')}`;
    case 'max':
      return `${sql} <= ${bind(first, 'bigint')}`;
    case 'is':
      return `${sql} = ${bind(first === 'true', 'boolean')}`;
  }
}

/**
 * Rows strictly after the cursor in the order `sort NULLS LAST, key`: a later sort value, or
 * the same one with a later key (ties on the sort value never repeat or skip a row), or a null
 * sort value (nulls come last in both directions).
 */
function keyset(req: ListRequest, s: string, k: string, type: FieldType, bind: Bind): string | undefined {
  if (!req.after) return undefined;
  const op = req.sort.descending ? '<' : '>';
  const key = bind(req.after.key, 'text');
  if (req.after.value === null) return `(${s} IS NULL AND ${k} ${op} ${key})`;
  const v = bind(req.after.value, CAST[type]);
  return `(${s} ${op} ${v} OR (${s} = ${v} AND ${k} ${op} ${key}) OR ${s} IS NULL)`;
}

/** One page: `limit` rows after the cursor, each with its exact sort value in `__sort`. */
export function listSql(spec: ListSpec, req: ListRequest, now: Date, limit: number): SqlQuery {
  const st = statement(spec, now);
  const s = st.sqlOf(req.sort.field);
  const k = st.sqlOf(spec.key);
  const type = spec.fields[req.sort.field]!.type;
  const where = [
    ...req.conditions.map((c) => condition(c, st.sqlOf(c.filter.field), st.bind)),
    keyset(req, s, k, type, st.bind),
  ].filter((w): w is string => w !== undefined);
  const dir = req.sort.descending ? 'DESC' : 'ASC';
  const text =
    `SELECT ${st.select}, ${exact(type, s)} AS "${SORT_VALUE}" FROM ${st.from}` +
    ` WHERE ${where.length ? where.join(' AND ') : 'TRUE'}` +
    ` ORDER BY ${s} ${dir} NULLS LAST, ${k} ${dir} LIMIT ${st.bind(limit, 'int')}`;
  return { text, values: st.values };
}

/** One row by key. */
export function rowSql(spec: ListSpec, key: string, now: Date): SqlQuery {
  const st = statement(spec, now);
  const text = `SELECT ${st.select} FROM ${st.from} WHERE ${st.sqlOf(spec.key)} = ${st.bind(key, 'text')}`;
  return { text, values: st.values };
}
