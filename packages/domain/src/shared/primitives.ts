import * as t from 'io-ts';
import { refine } from './codec';

/** A string with at least one non-blank character, at most `max` characters. */
export const boundedString = (max: number, name = `NonEmptyString${max}`) =>
  refine(
    t.string,
    (s) => s.trim().length > 0 && s.length <= max,
    name,
    `a non-empty string of at most ${max} characters`,
  );

/** Free text such as a description or a summary. */
export const Text = boundedString(10_000, 'Text');
/** Short labels: names, categories, references. */
export const Label = boundedString(200, 'Label');

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
