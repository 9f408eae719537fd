/**
 * The JSON Canonicalization Scheme (RFC 8785, "JCS"): object keys sorted by their UTF-16 code
 * units, no whitespace, strings and numbers written as ECMAScript's JSON.stringify writes them.
 * The hash chain covers these bytes rather than jsonb's own text, because jsonb keeps neither the
 * input's text nor JavaScript's number format, and JCS has implementations in many languages, so
 * an auditor can recompute a chain from exported rows without our code.
 *
 * `verify --all` serialises every event, so the usual case is a copy with sorted keys handed to
 * the native JSON.stringify (about twice as fast, with the hash, as building the string here:
 * a concatenated string must be flattened before it is hashed). JavaScript orders array-index
 * keys ("2", "10") numerically whatever the insertion order, so objects with such keys (or a
 * `__proto__` key) take the walk below, which writes keys in the order RFC 8785 asks.
 */
export function jcs(value: unknown): string {
  try {
    return JSON.stringify(sortedCopy(value));
  } catch (e) {
    if (e !== INDEX_KEY) throw e;
    return walk(value);
  }
}

const INDEX_KEY = new Error('a key a plain object cannot hold in order');
/**
 * Array-index keys, and `__proto__`, which an assignment would take as the prototype. The first
 * character decides for nearly every key without the regex (measured: a quarter of jcs's time).
 */
function isSpecial(key: string): boolean {
  const c = key.charCodeAt(0);
  if (c >= 48 && c <= 57) return /^(?:0|[1-9][0-9]*)$/.test(key);
  return c === 95 && key === '__proto__';
}

function sortedCopy(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new TypeError('JCS: numbers must be finite');
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(sortedCopy);
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // The default sort compares UTF-16 code units, exactly as RFC 8785 section 3.2.3 asks.
  for (const key of Object.keys(record).sort()) {
    if (isSpecial(key)) throw INDEX_KEY;
    out[key] = sortedCopy(record[key]);
  }
  return out;
}

function walk(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      // JSON.stringify would write NaN/Infinity as null; the store refuses them at append anyway.
      if (!Number.isFinite(value)) throw new TypeError('JCS: numbers must be finite');
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? array(value) : object(value as Record<string, unknown>);
    default:
      throw new TypeError(`JCS: cannot serialise a ${typeof value}`);
  }
}

function array(items: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) out += (i === 0 ? '' : ',') + walk(items[i]);
  return `${out}]`;
}

function object(record: Record<string, unknown>): string {
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${walk(v)}`;
  }
  return `${out}}`;
}
