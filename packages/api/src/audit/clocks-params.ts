import type { ClocksReportQuery } from '@casebook/projections';
import { assertQueryText, invalidQuery, type Issue, type RawQuery } from '../reports/list-query';

const KNOWN = ['from', 'to', 'regime', 'milestone', 'limit', 'cursor'] as const;
type Known = (typeof KNOWN)[number];
const isKnown = (name: string): name is Known => (KNOWN as readonly string[]).includes(name);

/**
 * `GET /reports/clocks`'s query string: only names and counts are checked here, as for the other
 * reports; `clocksReport` judges the values and names the one at fault.
 */
export function parseClocksQuery(query: RawQuery, now: string): ClocksReportQuery {
  assertQueryText(query);
  const issues: Issue[] = [];
  const args: Partial<Record<Known, string>> = {};
  for (const [name, raw] of Object.entries(query)) {
    const values = typeof raw === 'string' ? [raw] : (raw ?? []);
    if (!isKnown(name))
      issues.push({ path: name, reason: `unknown parameter; clocks takes ${KNOWN.join(', ')}` });
    else if (values.length > 1) issues.push({ path: name, reason: 'given more than once' });
    else args[name] = values[0];
  }
  if (issues.length > 0) throw invalidQuery(issues);
  return { ...args, now };
}
