/**
 * The JSON Canonicalization Scheme (RFC 8785, "JCS"): object keys sorted by their UTF-16 code
 * units, no whitespace, strings and numbers written as ECMAScript's JSON.stringify writes them.
 * The hash chain covers these bytes rather than jsonb's own text, because jsonb keeps neither the
 * input's text nor JavaScript's number format, and JCS has implementations in many languages, so
 * an auditor can recompute a chain from exported rows without our code.
 */
export function jcs(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    // JSON.stringify would write NaN/Infinity as null; the store refuses them at append anyway.
    if (!Number.isFinite(value)) throw new TypeError('JCS: numbers must be finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(jcs).join(',')}]`;
  if (typeof value === 'object') {
    // Plain `<` on strings compares UTF-16 code units, exactly as RFC 8785 section 3.2.3 asks.
    const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const record = value as Record<string, unknown>;
    const members = keys
      .filter((k) => record[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${jcs(record[k])}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`JCS: cannot serialise a ${typeof value}`);
}
