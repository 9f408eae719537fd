import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import type * as t from 'io-ts';

/** One decoding problem, e.g. `{ path: 'amount.minor', reason: 'expected a positive integer' }`. */
export interface FieldError {
  readonly path: string;
  readonly reason: string;
}

const NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
  undefined: 'nothing',
};

const describe = (type: t.Decoder<unknown, unknown>): string => NAMES[type.name] ?? type.name;

const isComposite = (type: t.Decoder<unknown, unknown>): boolean => {
  const tag = (type as { _tag?: string })._tag;
  return tag === 'UnionType' || tag === 'IntersectionType';
};

/**
 * Turns one io-ts error into a field error. Keys appended by unions and intersections are index
 * numbers that mean nothing to a caller, so the path stops at the union and names it instead.
 */
const toFieldError = (error: t.ValidationError): FieldError => {
  const keys: string[] = [];
  let last = error.context[error.context.length - 1]?.type;
  for (const entry of error.context) {
    if (entry.key !== '') keys.push(entry.key);
    if (isComposite(entry.type)) {
      last = entry.type;
      break;
    }
  }
  const reason =
    error.message ??
    (error.value === undefined
      ? 'is required'
      : `expected ${last === undefined ? 'a value' : describe(last)}`);
  return { path: keys.join('.') || '(root)', reason };
};

/** Turns io-ts `Errors` into distinct `{ path, reason }` pairs. */
export const reportErrors = (errors: t.Errors): ReadonlyArray<FieldError> => {
  const seen = new Set<string>();
  return errors.map(toFieldError).filter((e) => {
    const key = `${e.path}: ${e.reason}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
};

/** Formats field errors the way the API and logs show them: `amount.minor: expected a positive integer`. */
export const formatErrors = (errors: ReadonlyArray<FieldError>): ReadonlyArray<string> =>
  errors.map((e) => `${e.path}: ${e.reason}`);

/** Decodes `input` with `codec`, reporting failures as field errors. */
export const decodeWith = <A, O>(
  codec: t.Type<A, O, unknown>,
  input: unknown,
): E.Either<ReadonlyArray<FieldError>, A> => pipe(codec.decode(input), E.mapLeft(reportErrors));
