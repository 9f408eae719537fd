import { SINGLE_LINE, textFault } from '@casebook/domain';
import { parseListParams, type ListRequest, type ListSpec } from '@casebook/projections';
import { ProblemError, problem } from '../http/problem';

/** A raw query string as Fastify parses it: a repeated parameter is an array. */
export type RawQuery = Readonly<Record<string, string | readonly string[] | undefined>>;

export type Issue = { readonly path: string; readonly reason: string };

/** JSON, or every matching row as CSV. */
export type Format = 'json' | 'csv';

/** The 400 for a bad query string: every parameter at fault, with why. */
export const invalidQuery = (errors: readonly Issue[]) =>
  new ProblemError(problem(400, 'InvalidInput', 'the query string is invalid', { errors }));

/**
 * Every name and value of a query string is single-line text by the domain's rules (text.ts):
 * checked before anything else reads them, so a NUL or a lone surrogate never reaches SQL (where
 * PostgreSQL would refuse it with an error that is not the caller's to read).
 */
export function queryTextIssues(query: RawQuery): Issue[] {
  const issues: Issue[] = [];
  for (const [name, raw] of Object.entries(query ?? {})) {
    const nameFault = textFault(name, SINGLE_LINE);
    if (nameFault !== undefined) {
      issues.push({ path: name, reason: `the parameter's name ${nameFault}` });
      continue;
    }
    const values = raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
    const fault = values.map((v) => textFault(v, SINGLE_LINE)).find((f) => f !== undefined);
    if (fault !== undefined) issues.push({ path: name, reason: fault });
  }
  return issues;
}

/** Throws the 400 naming each query parameter that is not text. */
export function assertQueryText(query: RawQuery): void {
  const issues = queryTextIssues(query);
  if (issues.length > 0) throw invalidQuery(issues);
}

/** A parameter that takes one value: the first, and an issue when there are more. */
function single(query: RawQuery, name: string, issues: Issue[]): string | undefined {
  const raw = query[name];
  const all = raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
  if (all.length > 1) issues.push({ path: name, reason: 'given more than once' });
  return all[0];
}

/** `format` wins over `Accept`; `Accept: text/csv` alone asks for CSV. */
export function parseFormat(text: string | undefined, accept: string | undefined, issues: Issue[]): Format {
  if (text === 'json' || text === 'csv') return text;
  if (text !== undefined) issues.push({ path: 'format', reason: `"${text}" is not json or csv` });
  return /\btext\/csv\b/i.test(accept ?? '') ? 'csv' : 'json';
}

/**
 * A list route's query string: its filters, sort, limit and cursor as `@casebook/projections`
 * decodes them, and the format. One 400 names every bad parameter and why, as the command
 * routes do for bodies.
 */
export function parseListQuery(
  spec: ListSpec,
  query: RawQuery,
  accept?: string,
): { readonly request: ListRequest; readonly format: Format } {
  assertQueryText(query);
  const formatIssues: Issue[] = [];
  const format = parseFormat(single(query, 'format', formatIssues), accept, formatIssues);
  const parsed = parseListParams(spec, query);
  const listIssues = parsed.ok ? [] : parsed.issues.map((i) => ({ path: i.param, reason: i.reason }));
  if (!parsed.ok || formatIssues.length > 0) throw invalidQuery([...listIssues, ...formatIssues]);
  return { request: parsed.request, format };
}
