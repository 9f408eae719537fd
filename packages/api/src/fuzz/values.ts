import * as fc from 'fast-check';
import { Entries, RawToken, type Wire } from './json-text';
import type { Schema } from './operations';

/** Ids the fuzz run created first, by the field or path parameter that names them. */
export type IdPool = Readonly<Record<string, readonly string[]>>;

/**
 * Strings no codec may take (text.ts): each a class of its own, so a failure names which. Tab and
 * line feed are left out: free text takes them.
 */
export const HOSTILE_TEXT: readonly (readonly [string, string])[] = [
  ['NUL', '\u0000'],
  ['a C0 control', '\u0001'],
  ['ESC', '\u001b[2J'],
  ['a bare CR', '\r'],
  ['DEL', '\u007f'],
  ['a C1 control', '\u0085'],
  ['a lone high surrogate', '\ud800'],
  ['a lone low surrogate', '\udfff'],
  ['a right-to-left override', '\u202e'],
  ['a right-to-left isolate', '\u2067'],
];

/** Inserts one hostile piece into `s` at a generated position. */
export const withHostile = (s: string): fc.Arbitrary<{ value: string; hostile: string }> =>
  fc.tuple(fc.constantFrom(...HOSTILE_TEXT), fc.nat({ max: s.length })).map(([[name, piece], at]) => ({
    value: `${s.slice(0, at)}${piece}${s.slice(at)}`,
    hostile: name,
  }));

const instant = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString());

const idAlphabet = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,20}$/);

/** A string a codec is likely to take, by what the document says of the field. */
function plausibleString(name: string, s: Schema, ids: IdPool): fc.Arbitrary<string> {
  const hint = `${name} ${s.description ?? ''} ${s.format ?? ''}`;
  const pool = ids[name] ?? (/Id\b|\bid\b/.test(name) ? Object.values(ids).flat() : []);
  if (pool.length > 0) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, idAlphabet);
  if (/Id:|\bId\b/.test(hint) || /Id$/.test(name)) return idAlphabet;
  if (/date-time|Instant/.test(hint)) return instant;
  if (/Currency|currency/.test(hint)) return fc.constantFrom('GBP', 'EUR', 'USD');
  if (/Email|email/.test(hint)) return fc.constantFrom('ada@example.com', 'bo.lee@example.org');
  if (/Phone|phone/.test(hint)) return fc.constantFrom('+44 20 7946 0000', '020 7946 0001');
  if (/CountryCode|country/.test(hint)) return fc.constantFrom('GB', 'FR', 'US');
  if (/TimeZone/.test(hint)) return fc.constantFrom('Europe/London', 'UTC');
  if (/ClockTime/.test(hint)) return fc.constantFrom('09:00', '17:30');
  if (/LocalDate/.test(hint)) return fc.constantFrom('2024-03-01', '2025-12-25');
  return fc.string({ minLength: 1, maxLength: 24, unit: 'grapheme-ascii' }).filter((x) => x.trim() !== '');
}

/** A value the field's schema describes (often one the codec takes). */
export function fromSchema(s: Schema, name: string, ids: IdPool, depth = 0): fc.Arbitrary<Wire> {
  if (s.enum && s.enum.length > 0) return fc.constantFrom(...(s.enum as Wire[]));
  switch (s.type) {
    case 'string':
      return plausibleString(name, s, ids);
    case 'integer':
      return fc.integer({ min: s.minimum ?? 0, max: Math.min(s.maximum ?? 100_000, 100_000) });
    case 'number':
      return fc.double({ min: 0, max: 100_000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 4
        ? fc.constant([])
        : fc.array(fromSchema(s.items ?? {}, name, ids, depth + 1), { maxLength: 3 });
    case 'object':
      return depth > 4 ? fc.constant({}) : objectFromSchema(s, ids, depth);
    default:
      return fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null));
  }
}

function objectFromSchema(s: Schema, ids: IdPool, depth: number): fc.Arbitrary<Wire> {
  const props = s.properties ?? {};
  const required = new Set(s.required ?? []);
  const model = Object.fromEntries(
    Object.entries(props).map(([k, v]) => [k, fromSchema(v, k, ids, depth + 1)]),
  ) as Record<string, fc.Arbitrary<Wire>>;
  const requiredKeys = Object.keys(props).filter((k) => required.has(k));
  return fc.record(model, { requiredKeys });
}

/** A value of another JSON type than the field's. */
export const wrongType = (s: Schema): fc.Arbitrary<Wire> => {
  const all: Record<string, fc.Arbitrary<Wire>> = {
    string: fc.string({ maxLength: 5 }),
    number: fc.constantFrom(0, 1, -1),
    boolean: fc.boolean(),
    null: fc.constant(null),
    array: fc.constant(['x']),
    object: fc.constant({ a: 1 }),
  };
  const own = s.type === 'integer' ? 'number' : (s.type ?? 'none');
  return fc.oneof(
    ...Object.entries(all)
      .filter(([k]) => k !== own)
      .map(([, a]) => a),
  );
};

/** Numbers at and past what a double or a safe integer holds, as raw JSON tokens. */
export const HOSTILE_NUMBERS: readonly RawToken[] = [
  '9007199254740991',
  '9007199254740992',
  '9007199254740993',
  '-9007199254740993',
  '1e308',
  '1e400',
  '-1e400',
  '-0',
  '0.1',
  '-1',
  '1.5',
  '123456789012345678901234567890',
  '1e-400',
].map((t) => new RawToken(t));

/**
 * Arrays or objects nested deeper than any payload is, as raw text: a nested value would be walked
 * by fast-check itself (and overflow its stack) before it ever reached the server.
 */
export const deepNesting: fc.Arbitrary<Wire> = fc
  .tuple(fc.integer({ min: 33, max: 20_000 }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays
      ? new RawToken(`${'['.repeat(depth)}1${']'.repeat(depth)}`)
      : new RawToken(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  );

/** An enum value with its case changed: `Open`, `OPEN`. */
export const changedCase = (values: readonly unknown[]): fc.Arbitrary<Wire> =>
  fc
    .constantFrom(...values.filter((v): v is string => typeof v === 'string' && /[a-z]/.test(v)))
    .chain((v) => fc.constantFrom(v.toUpperCase(), `${v[0]!.toUpperCase()}${v.slice(1)}`));

/** A hostile value for a field of schema `s` holding `valid`: one of the classes. */
export function hostileValue(s: Schema, valid: Wire): fc.Arbitrary<{ value: Wire; hostile: string }> {
  const tagged = (a: fc.Arbitrary<Wire>, hostile: string) => a.map((value) => ({ value, hostile }));
  const base = typeof valid === 'string' ? valid : 'text';
  const options: fc.Arbitrary<{ value: Wire; hostile: string }>[] = [
    withHostile(base).map(({ value, hostile }) => ({ value, hostile: `text:${hostile}` })),
    tagged(
      fc.constantFrom('x'.repeat(10_000), 'é'.repeat(10_001), ''.padEnd(200, '\u{1F4B8}')),
      'long string',
    ),
    tagged(fc.constantFrom('', ' ', '\t\n'), 'blank'),
    tagged(fc.constantFrom(...HOSTILE_NUMBERS), 'number'),
    tagged(deepNesting, 'deep nesting'),
    tagged(wrongType(s), 'wrong type'),
  ];
  if (s.enum && s.enum.some((v) => typeof v === 'string' && /[a-z]/.test(v)))
    options.push(tagged(changedCase(s.enum), 'enum case'));
  return fc.oneof(...options);
}

/** An object with one key written twice, the second value hostile or valid. */
export const duplicatedKey = (body: Record<string, Wire>, key: string, second: Wire): Entries =>
  new Entries([...Object.entries(body), [key, second]]);
