import type { FieldSpec, FilterKind } from './list-spec';

/** A filter's parsed values (bound as parameters), or why the raw input is not acceptable. */
export type Parsed = { readonly values: readonly string[] } | { readonly error: string };

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const INTEGER = /^-?\d{1,18}$/;
const MAX_VALUES = 100;

/**
 * An ISO-8601 instant with seconds and an explicit offset (`Z` or `+01:00`). Date.parse alone
 * would roll 2024-02-30 over into March, so each component is checked.
 */
export function isInstant(text: string): boolean {
  const m = INSTANT.exec(text);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const offsetOk = m[7] === undefined || (Number(m[8]) <= 23 && Number(m[9]) <= 59);
  return (
    offsetOk &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi &&
    date.getUTCSeconds() === s
  );
}

export const isInteger = (text: string): boolean => INTEGER.test(text);

/** Parses one filter's raw values (a repeated parameter arrives as several). */
export function parseFilterValues(kind: FilterKind, field: FieldSpec, raw: readonly string[]): Parsed {
  if (kind === 'in') return parseIn(field, raw);
  if (raw.length !== 1) return { error: 'given more than once; pass one value' };
  const value = raw[0]!;
  switch (kind) {
    case 'from':
    case 'to':
      return isInstant(value)
        ? { values: [value] }
        : { error: `"${value}" is not an instant; expected e.g. 2024-01-31T09:00:00Z` };
    case 'min':
    case 'max':
      return isInteger(value) ? { values: [value] } : { error: `"${value}" is not an integer` };
    case 'is':
      return value === 'true' || value === 'false'
        ? { values: [value] }
        : { error: `"${value}" is not a boolean; expected true or false` };
  }
}

/** `status=open,resolved` and `status=open&status=resolved` mean the same. */
function parseIn(field: FieldSpec, raw: readonly string[]): Parsed {
  const values = raw.flatMap((r) => r.split(','));
  if (values.some((v) => v.length === 0)) return { error: 'an empty value; expected a comma-separated list' };
  if (values.length > MAX_VALUES) return { error: `at most ${MAX_VALUES} values` };
  const allowed = field.values;
  const bad = allowed ? values.filter((v) => !allowed.includes(v)) : [];
  if (bad.length > 0)
    return { error: `"${bad.join('", "')}" not allowed; expected one of ${allowed!.join(', ')}` };
  return { values: [...new Set(values)].sort() };
}
