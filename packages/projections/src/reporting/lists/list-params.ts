import { decodeCursor, filterHash, type CursorPosition, type CursorScope } from './cursor';
import { isInstant, isInteger, parseFilterValues } from './filter-values';
import { RESERVED_PARAMS, type FieldType, type FilterSpec, type ListSpec } from './list-spec';

/** Query-string parameters as HTTP frameworks parse them: a repeated parameter is an array. */
export type ListParams = Readonly<Record<string, string | readonly string[] | undefined>>;

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
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/** A parameter at fault and why, in words an API client can act on. */
export interface ParamIssue {
  readonly param: string;
  readonly reason: string;
}

/** Every problem is collected, so the caller can name every bad parameter at once. */
export type ParsedList =
  | { readonly ok: true; readonly request: ListRequest }
  | { readonly ok: false; readonly issues: readonly ParamIssue[] };

/**
 * Decodes a list's parameters against its spec: filters, `sort`, `limit`, `cursor`. `format`
 * is left to the caller (see `RESERVED_PARAMS`). The cursor is judged only when the rest is
 * sound: its scope is made of the sort and filters.
 */
export function parseListParams(spec: ListSpec, params: ListParams): ParsedList {
  const issues: ParamIssue[] = [];
  const conditions = parseConditions(spec, params, issues);
  const sort = parseSort(spec, one(params, 'sort', issues) ?? spec.defaultSort, issues);
  const limit = parseLimit(one(params, 'limit', issues), issues);
  const scope = { sort: sort.text, filters: filterHash(conditions.map((c) => [c.param, c.values])) };
  const cursor = one(params, 'cursor', issues);
  const sortType = spec.fields[sort.field]!.type;
  const after =
    cursor === undefined || issues.length ? undefined : parseCursor(sortType, cursor, scope, issues);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, request: { conditions, sort, limit, after, scope } };
}

const values = (raw: string | readonly string[] | undefined): readonly string[] =>
  raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;

/** A parameter that takes one value: the first, and an issue when there are more. */
function one(params: ListParams, name: string, issues: ParamIssue[]): string | undefined {
  const all = values(params[name]);
  if (all.length > 1) issues.push({ param: name, reason: 'given more than once' });
  return all[0];
}

function parseConditions(spec: ListSpec, params: ListParams, issues: ParamIssue[]): Condition[] {
  const conditions: Condition[] = [];
  for (const [param, raw] of Object.entries(params)) {
    if (RESERVED_PARAMS.includes(param)) continue;
    const filter = Object.hasOwn(spec.filters, param) ? spec.filters[param] : undefined;
    if (!filter) {
      const known = Object.keys(spec.filters).join(', ');
      issues.push({ param, reason: `unknown filter; ${spec.name} filter on ${known}` });
      continue;
    }
    const parsed = parseFilterValues(filter.kind, spec.fields[filter.field]!, values(raw));
    if ('error' in parsed) issues.push({ param, reason: parsed.error });
    else conditions.push({ param, filter, values: parsed.values });
  }
  return conditions;
}

function parseSort(spec: ListSpec, text: string, issues: ParamIssue[]) {
  const descending = text.startsWith('-');
  const field = descending ? text.slice(1) : text;
  if (spec.sortable.includes(field)) return { field, descending, text };
  issues.push({
    param: 'sort',
    reason: `unknown sort field "${field}"; sort on ${spec.sortable.join(', ')} (prefix - to descend)`,
  });
  return { field: spec.key, descending: false, text };
}

function parseLimit(text: string | undefined, issues: ParamIssue[]): number {
  if (text === undefined) return DEFAULT_LIMIT;
  const n = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  if (n >= 1 && n <= MAX_LIMIT) return n;
  issues.push({
    param: 'limit',
    reason: `"${text}" is out of range; expected an integer from 1 to ${MAX_LIMIT}`,
  });
  return DEFAULT_LIMIT;
}

function parseCursor(type: FieldType, text: string, scope: CursorScope, issues: ParamIssue[]) {
  const at = decodeCursor(text, scope);
  if ('error' in at) {
    issues.push({ param: 'cursor', reason: at.error });
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
  issues.push({ param: 'cursor', reason: 'not a cursor this API issued' });
  return undefined;
}
