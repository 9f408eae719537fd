import * as t from 'io-ts';
import { refine } from './codec';
import { MULTILINE, SINGLE_LINE, textFault, type TextRules } from './text';

/** A string with at least one non-blank character, at most `max` characters. */
const bounded = (max: number, name: string) =>
  refine(
    t.string,
    (s) => s.trim().length > 0 && s.length <= max,
    name,
    `a non-empty string of at most ${max} characters`,
  );

/**
 * A non-blank string of at most `max` characters that is text under `rules` (see text.ts): the
 * error names the offending character and why it is refused.
 */
export const boundedString = (max: number, name = `NonEmptyString${max}`, rules: TextRules = SINGLE_LINE) => {
  const base = bounded(max, name);
  return new t.Type<string, string, unknown>(
    name,
    (u): u is string => base.is(u) && textFault(u, rules) === undefined,
    (u, c) => {
      const r = base.validate(u, c);
      if (r._tag === 'Left') return r;
      const fault = textFault(r.right, rules);
      return fault === undefined ? r : t.failure(u, c, fault);
    },
    base.encode,
  );
};

/** Free text such as a description or a summary: line breaks and tabs allowed. */
export const Text = boundedString(10_000, 'Text', MULTILINE);
/** Short labels shown on one line: names, categories, references. */
export const Label = boundedString(200, 'Label', SINGLE_LINE);

/**
 * What stored events accept where commands take `Text` and `Label`: the rules before text.ts,
 * so an event recorded under them still reads (a stored event that does not decode fails every
 * read of its stream). New events come from commands, which are held to the stricter rules.
 */
export const StoredText = bounded(10_000, 'Text');
export const StoredLabel = bounded(200, 'Label');

/** An integer > 0. */
export const PositiveInt = refine(
  t.number,
  (n) => Number.isSafeInteger(n) && n > 0,
  'PositiveInt',
  'a positive integer',
);

/** An integer >= 0. */
export const NonNegativeInt = refine(
  t.number,
  (n) => Number.isSafeInteger(n) && n >= 0,
  'NonNegativeInt',
  'a non-negative integer',
);

/** A codec of a closed set of strings that says which: reports filter by them, documents list them. */
export type OneOf<V extends string> = t.Type<V, V, unknown> & { readonly values: readonly [V, ...V[]] };

/** A string that is one of `values`; the error lists them. */
export const oneOf = <V extends string>(values: readonly [V, ...V[]], name: string): OneOf<V> =>
  Object.assign(
    new t.Type<V, V, unknown>(
      name,
      (u): u is V => typeof u === 'string' && (values as readonly string[]).includes(u),
      (u, c) =>
        typeof u === 'string' && (values as readonly string[]).includes(u)
          ? t.success(u as V)
          : t.failure(u, c, u === undefined ? 'is required' : `expected one of ${values.join(', ')}`),
      (a) => a,
    ),
    { values },
  );

/** A boolean that names itself in errors. */
export const Bool = refine(t.boolean, () => true, 'Bool', 'true or false');
