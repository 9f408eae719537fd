import { parseInstant } from '@casebook/domain';
import { InvalidReportQuery } from './errors';

/*
 * Argument checks shared by the report functions. They take `unknown` because the values come
 * from HTTP query strings through the API, and TypeScript's types do not survive that trip.
 */

const INSTANT_EXAMPLE = 'expected an ISO-8601 UTC instant such as 2024-03-01T00:00:00Z';

/** An ISO-8601 UTC instant (the domain's own parser: no offsets, no 30 February). */
export const instantArg = (field: string, value: unknown): string => {
  if (typeof value !== 'string' || Number.isNaN(parseInstant(value)))
    throw new InvalidReportQuery(field, value === undefined ? 'is required' : INSTANT_EXAMPLE);
  return value;
};

/** A half-open range `[from, to)` that holds at least one instant. */
export const rangeArgs = (from: unknown, to: unknown): { from: string; to: string } => {
  const range = { from: instantArg('from', from), to: instantArg('to', to) };
  if (parseInstant(range.from) >= parseInstant(range.to))
    throw new InvalidReportQuery('to', `must be after from (${range.from}): the range is [from, to)`);
  return range;
};

/** One of a fixed list of values. */
export const oneOfArg = <V extends string>(field: string, value: unknown, allowed: readonly V[]): V => {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as V;
  const why = value === undefined ? 'is required' : `expected one of ${allowed.join(', ')}`;
  throw new InvalidReportQuery(field, why);
};

/** A list of distinct grouping keys; empty means one group for everything. */
export const groupByArg = <V extends string>(value: unknown, allowed: readonly V[]): V[] => {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw new InvalidReportQuery('groupBy', `expected a list of ${allowed.join(', ')}`);
  const keys = value.map((v, i) => oneOfArg(`groupBy[${i}]`, v, allowed));
  const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
  if (repeated !== undefined) throw new InvalidReportQuery('groupBy', `${repeated} is listed twice`);
  return keys;
};

/** An optional filter value: absent, or a non-empty string that passes `check`. */
export const optionalArg = (
  field: string,
  value: unknown,
  check: (s: string) => boolean = () => true,
  expected = 'expected a non-empty string',
): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value === '' || !check(value))
    throw new InvalidReportQuery(field, expected);
  return value;
};
