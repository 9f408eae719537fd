import {
  assertQueryText,
  invalidQuery,
  parseFormat,
  type Format,
  type Issue,
  type RawQuery,
} from './list-query';
import type { SummaryArgs, SummaryRoute } from './summaries';

export interface SummaryRequest {
  readonly args: SummaryArgs;
  readonly format: Format;
}

/**
 * Only the names and their count are checked here: the values are the report function's to
 * judge (it names the argument at fault), so the rules live in one place.
 */
export function parseSummaryQuery(route: SummaryRoute, query: RawQuery, accept?: string): SummaryRequest {
  assertQueryText(query);
  const known = [...route.params.map((p) => p.name), 'format'];
  const issues: Issue[] = [];
  const args: Record<string, string> = {};
  for (const [name, raw] of Object.entries(query)) {
    const values = typeof raw === 'string' ? [raw] : (raw ?? []);
    if (!known.includes(name))
      issues.push({ path: name, reason: `unknown parameter; ${route.path} takes ${known.join(', ')}` });
    else if (values.length > 1) issues.push({ path: name, reason: 'given more than once' });
    else if (values[0] !== undefined) args[name] = values[0];
  }
  const { format: formatText, groupBy, ...rest } = args;
  const format = parseFormat(formatText, accept, issues);
  if (issues.length > 0) throw invalidQuery(issues);
  // Only names the route declares reach here, and every route's names are SummaryArgs keys.
  const given = rest as Omit<SummaryArgs, 'groupBy'>;
  return {
    args: { ...given, ...(groupBy === undefined ? {} : { groupBy: groupBy.split(',') }) },
    format,
  };
}
