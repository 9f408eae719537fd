import { ProblemError, problem } from '../http/problem';
import { decodeCursor, filterHash, type CursorPosition, type CursorScope } from './cursor';
import { isInstant, isInteger, parseFilterValues } from './filter-values';
import { RESERVED_PARAMS, type FieldType, type FilterSpec, type ListSpec } from './list-spec';

/** A raw query string as Fastify parses it: a repeated parameter is an array. */
export type RawQuery = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface Condition {
  readonly param: string;
  readonly filter: FilterSpec;
  readonly values: readonly string[];
}

export interface ListRequest {
  readonly conditions: readonly Condition[];
  readonly sort: { readonly field: string; readonly descending: boolean };
  readonly limit: number;
  /** Rows after this position; absent on a first page. */
  readonly after?: CursorPosition;
  /** Recorded in the cursors this request issues. */
  readonly scope: CursorScope;
  readonly format: 'json' | 'csv';
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export type Issue = { readonly path: string; readonly reason: string };

/** The 400 for a bad query string: every parameter at fault, with why. */
export const invalidQuery = (errors: readonly Issue[]) =>
  new ProblemError(problem(400, 'InvalidInput', 'the query string is invalid', { errors }));

/**
 * Decodes a list's query string against its spec. Every problem is collected, so one 400 names
 * every bad parameter and why, as the command routes do for bodies.
 */
export function parseListQuery(spec: ListSpec, query: RawQuery, accept?: string): ListRequest {
  const issues: Issue[] = [];
  const conditions = parseConditions(spec, query, issues);
  const sort = parseSort(spec, one(query, 'sort', issues) ?? spec.defaultSort, issues);
  const limit = parseLimit(one(query, 'limit', issues), issues);
  const format = parseFormat(one(query, 'format', issues), accept, issues);
  const scope = { sort: sort.text, filters: filterHash(conditions.map((c) => [c.param, c.values])) };
  const cursor = one(query, 'cursor', issues);
  const sortType = spec.fields[sort.field]!.type;
  const after =
    cursor === undefined || issues.length ? undefined : parseCursor(sortType, cursor, scope, issues);
  if (issues.length > 0) throw invalidQuery(issues);
  return { conditions, sort, limit, after, scope, format };
}

const values = (raw: string | readonly string[] | undefined): readonly string[] =>
  raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;

function one(query: RawQuery, name: string, issues: Issue[]): string | undefined {
  const all = values(query[name]);
  if (all.length > 1) issues.push({ path: name, reason: 'given more than once' });
  return all[0];
}

function parseConditions(spec: ListSpec, query: RawQuery, issues: Issue[]): Condition[] {
  const conditions: Condition[] = [];
  for (const [param, raw] of Object.entries(query)) {
    if (RESERVED_PARAMS.includes(param)) continue;
    const filter = Object.hasOwn(spec.filters, param) ? spec.filters[param] : undefined;
    if (!filter) {
      const known = Object.keys(spec.filters).join(', ');
      issues.push({ path: param, reason: `unknown filter; ${spec.name} filter on ${known}` });
      continue;
    }
    const parsed = parseFilterValues(filter.kind, spec.fields[filter.field]!, values(raw));
    if ('error' in parsed) issues.push({ path: param, reason: parsed.error });
    else conditions.push({ param, filter, values: parsed.values });
  }
  return conditions;
}

function parseSort(spec: ListSpec, text: string, issues: Issue[]) {
  const descending = text.startsWith('-');
  const field = descending ? text.slice(1) : text;
  if (spec.sortable.includes(field)) return { field, descending, text };
  issues.push({
    path: 'sort',
    reason: `unknown sort field "${field}"; sort on ${spec.sortable.join(', ')} (prefix - to descend)`,
  });
  return { field: spec.key, descending: false, text };
}

function parseLimit(text: string | undefined, issues: Issue[]): number {
  if (text === undefined) return DEFAULT_LIMIT;
  const n = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  if (n >= 1 && n <= MAX_LIMIT) return n;
  issues.push({
    path: 'limit',
    reason: `"${text}" is out of range; expected an integer from 1 to ${MAX_LIMIT}`,
  });
  return DEFAULT_LIMIT;
}

/** `format` wins over `Accept`; `Accept: text/csv` alone asks for CSV. */
export function parseFormat(text: string | undefined, accept: string | undefined, issues: Issue[]) {
  if (text === 'json' || text === 'csv') return text;
  if (text !== undefined) issues.push({ path: 'format', reason: `"${text}" is not json or csv` });
  return /\btext\/csv\b/i.test(accept ?? '') ? 'csv' : 'json';
}

function parseCursor(type: FieldType, text: string, scope: CursorScope, issues: Issue[]) {
  const at = decodeCursor(text, scope);
  if ('error' in at) {
    issues.push({ path: 'cursor', reason: at.error });
    return undefined;
  }
  // The value is bound with a cast to the sort field's type: an edited one must not reach the cast.
  const ok =
    at.value === null ||
    (type === 'instant'
      ? isInstant(at.value)
      : type === 'int' || type === 'bigint'
        ? isInteger(at.value)
        : true);
  if (ok) return at;
  issues.push({ path: 'cursor', reason: 'not a cursor this API issued' });
  return undefined;
}
