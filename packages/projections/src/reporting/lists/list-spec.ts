import type { ColumnType, TableSpec } from '../../runner/projection';

/**
 * A list report declared as data: which table, which fields it exposes (camelCase, each a column
 * or a computed SQL expression with its type), which query parameters filter it, which fields it
 * sorts on. The engine (params, SQL, cursor) is generic over these specs, so SQL identifiers
 * only ever come from here, never from a request. Each model's spec lives in its folder
 * (`complaints/complaints.report.ts`, ...), its stored fields derived from the model's entity.
 */

/** How a field travels: `instant` as ISO-8601 UTC, `bigint` as a string (beyond JSON's safe range). */
export type FieldType = 'text' | 'int' | 'bigint' | 'instant' | 'boolean';

export interface FieldSpec {
  readonly type: FieldType;
  /**
   * The field's SQL. `now()` returns the placeholder of the request's instant (a bound parameter,
   * so the clock is the app's and tests can pin it); call it only when the expression needs it.
   */
  readonly sql: (alias: string, now: () => string) => string;
  /** The values a text field can hold: filters reject others, the API document lists them. */
  readonly values?: readonly string[];
}

/**
 * - `in`: the field equals one of the comma-separated values (`status=open,resolved`);
 * - `from` / `to`: an instant range, `from` inclusive, `to` exclusive, so ranges tile;
 * - `min` / `max`: an inclusive integer bound;
 * - `is`: a boolean field is `true` or `false`.
 */
export type FilterKind = 'in' | 'from' | 'to' | 'min' | 'max' | 'is';

export interface FilterSpec {
  readonly kind: FilterKind;
  readonly field: string;
}

export interface ListSpec {
  /** The route (`/reports/<name>`) and the CSV file name. */
  readonly name: string;
  readonly table: string;
  readonly alias: string;
  /** The field holding the row key: the tie-breaker of every sort, so pages never overlap. */
  readonly key: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly filters: Readonly<Record<string, FilterSpec>>;
  readonly sortable: readonly string[];
  /** `field` ascending or `-field` descending. */
  readonly defaultSort: string;
}

/**
 * Parameters every list takes, so no filter may be named like them: `sort`, `limit` and `cursor`
 * are read by `parseListParams`, `format` (JSON or CSV) by the caller that renders the rows.
 */
export const RESERVED_PARAMS: readonly string[] = ['sort', 'limit', 'cursor', 'format'];

/** A stored column of the list's table. */
export const column = (name: string, type: FieldType, values?: readonly string[]): FieldSpec => ({
  type,
  sql: (alias) => `${alias}.${name}`,
  ...(values ? { values } : {}),
});

const FIELD_TYPE: Readonly<Record<ColumnType, FieldType>> = {
  text: 'text',
  int: 'int',
  bigint: 'bigint',
  timestamptz: 'instant',
  boolean: 'boolean',
};

/**
 * A field per column of a read model's table, named and typed as its entity declares it, in
 * declaration order. `values` names the values a text column can hold (from the domain), so
 * filters refuse others and the API document lists them.
 */
export function columnFields<Row>(
  table: TableSpec<Row>,
  values: Partial<Record<keyof Row & string, readonly string[]>> = {},
): Record<keyof Row & string, FieldSpec> {
  const entries = Object.entries(table.columns) as Array<
    [keyof Row & string, TableSpec<Row>['columns'][keyof Row & string]]
  >;
  return Object.fromEntries(
    entries.map(([field, spec]) => [field, column(spec.column, FIELD_TYPE[spec.type], values[field])]),
  ) as Record<keyof Row & string, FieldSpec>;
}

/** A value computed at query time (SLA breaches, at-risk), typically from the clock. */
export const computed = (type: FieldType, sql: FieldSpec['sql']): FieldSpec => ({ type, sql });

/** `<field>` with `in`, for each of `fields`. */
export const inFilters = (...fields: string[]): Record<string, FilterSpec> =>
  Object.fromEntries(fields.map((field) => [field, { kind: 'in', field }]));

/** `<base>From` and `<base>To` for an instant field (`filedAt` -> `filedFrom`, `filedTo`). */
export const rangeFilters = (base: string, field: string): Record<string, FilterSpec> => ({
  [`${base}From`]: { kind: 'from', field },
  [`${base}To`]: { kind: 'to', field },
});

/** `min<Field>` and `max<Field>` for an integer field. */
export const boundFilters = (field: string): Record<string, FilterSpec> => {
  const name = `${field[0]!.toUpperCase()}${field.slice(1)}`;
  return { [`min${name}`]: { kind: 'min', field }, [`max${name}`]: { kind: 'max', field } };
};

/** `<field>=true|false` for each boolean field. */
export const isFilters = (...fields: string[]): Record<string, FilterSpec> =>
  Object.fromEntries(fields.map((field) => [field, { kind: 'is', field }]));

/**
 * Checks a spec once, at load: every filter, sort and key names a field of the right type. A
 * mistake here is a bug, so it throws when the module loads rather than on some request.
 */
export function defineList(spec: ListSpec): ListSpec {
  const problems = [
    ...Object.entries(spec.filters).flatMap(([param, f]) => filterProblems(spec, param, f)),
    ...spec.sortable.filter((f) => !spec.fields[f] || spec.fields[f].type === 'boolean'),
    ...[spec.key, spec.defaultSort.replace(/^-/, '')].filter((f) => !spec.sortable.includes(f)),
    ...Object.keys(spec.fields).filter((f) => !/^[a-z][A-Za-z0-9]*$/.test(f)),
    ...Object.keys(spec.filters).filter((p) => RESERVED_PARAMS.includes(p)),
  ];
  if (problems.length) throw new Error(`report ${spec.name}: bad spec: ${problems.join(', ')}`);
  return spec;
}

const FILTER_TYPES: Readonly<Record<FilterKind, readonly FieldType[]>> = {
  in: ['text'],
  from: ['instant'],
  to: ['instant'],
  min: ['int', 'bigint'],
  max: ['int', 'bigint'],
  is: ['boolean'],
};

const filterProblems = (spec: ListSpec, param: string, f: FilterSpec): string[] => {
  const field = spec.fields[f.field];
  return field && FILTER_TYPES[f.kind].includes(field.type) ? [] : [`filter ${param}`];
};
