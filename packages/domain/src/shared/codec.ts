import * as t from 'io-ts';

/** Property codecs of an object codec. */
export type Props = Readonly<Record<string, t.Mixed>>;

type Flatten<T> = { [K in keyof T]: T[K] };

/** The decoded type of an object codec with required props `R` and optional props `O`. */
export type TypeOfProps<R extends Props, O extends Props> = Flatten<
  { readonly [K in keyof R]: t.TypeOf<R[K]> } & { readonly [K in keyof O]?: t.TypeOf<O[K]> }
>;

/** The encoded type of an object codec with required props `R` and optional props `O`. */
export type OutputOfProps<R extends Props, O extends Props> = Flatten<
  { readonly [K in keyof R]: t.OutputOf<R[K]> } & { readonly [K in keyof O]?: t.OutputOf<O[K]> }
>;

/** An object codec whose decoded and encoded shapes are known. */
export type ObjectCodec<R extends Props, O extends Props> = t.Type<
  TypeOfProps<R, O>,
  OutputOfProps<R, O>,
  unknown
>;

const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** True for plain JSON-like objects (not arrays, not null). */
export const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u);

interface ObjectOptions {
  /** `reject` for input from outside (commands), `strip` for stored events (forward compatible). */
  readonly unknownKeys: 'reject' | 'strip';
}

const validateProps = (
  u: Record<string, unknown>,
  c: t.Context,
  props: Props,
  optional: boolean,
  out: Record<string, unknown>,
  errors: t.ValidationError[],
): void => {
  for (const [key, codec] of Object.entries(props)) {
    const value = u[key];
    if (optional && value === undefined) continue;
    const result = codec.validate(value, t.appendContext(c, key, codec, value));
    if (result._tag === 'Left') errors.push(...result.left);
    else out[key] = result.right;
  }
};

const encodeProps = (a: Record<string, unknown>, props: Props, out: Record<string, unknown>): void => {
  for (const [key, codec] of Object.entries(props)) {
    if (a[key] !== undefined) out[key] = codec.encode(a[key]);
  }
};

/** One `unknown field` error per key that the codec does not declare. */
const unknownFields = (
  u: Record<string, unknown>,
  c: t.Context,
  known: (key: string) => boolean,
): t.ValidationError[] =>
  Object.keys(u)
    .filter((k) => !known(k))
    .map((key) => ({
      value: u[key],
      context: t.appendContext(c, key, t.never, u[key]),
      message: 'unknown field',
    }));

/**
 * An object codec with required and optional fields. Unlike `t.exact(t.type(...))` it can reject
 * unknown keys, which matters for command payloads: a misspelt optional field would otherwise be
 * dropped silently and the caller would believe it had been recorded.
 */
export const objectCodec = <R extends Props, O extends Props = Record<never, t.Mixed>>(
  name: string,
  required: R,
  optional: O = {} as O,
  options: ObjectOptions = { unknownKeys: 'reject' },
): ObjectCodec<R, O> => {
  const known = (key: string) => has(required, key) || has(optional, key);
  const is = (u: unknown): u is TypeOfProps<R, O> =>
    isRecord(u) &&
    Object.entries(required).every(([k, codec]) => codec.is(u[k])) &&
    Object.entries(optional).every(([k, codec]) => u[k] === undefined || codec.is(u[k])) &&
    (options.unknownKeys === 'strip' || Object.keys(u).every(known));
  return new t.Type<TypeOfProps<R, O>, OutputOfProps<R, O>, unknown>(
    name,
    is,
    (u, c) => {
      if (!isRecord(u)) return t.failure(u, c, 'expected an object');
      const errors = options.unknownKeys === 'reject' ? unknownFields(u, c, known) : [];
      const out: Record<string, unknown> = {};
      validateProps(u, c, required, false, out, errors);
      validateProps(u, c, optional, true, out, errors);
      return errors.length > 0 ? t.failures(errors) : t.success(out as TypeOfProps<R, O>);
    },
    (a) => {
      const out: Record<string, unknown> = {};
      encodeProps(a, required, out);
      encodeProps(a, optional, out);
      return out as OutputOfProps<R, O>;
    },
  );
};

/** Shorthand for an event payload codec: unknown keys in stored JSON are dropped, not fatal. */
export const eventPayload = <R extends Props, O extends Props = Record<never, t.Mixed>>(
  name: string,
  required: R,
  optional: O = {} as O,
): ObjectCodec<R, O> => objectCodec(name, required, optional, { unknownKeys: 'strip' });

/** Shorthand for a command payload codec: unknown keys are rejected with `<key>: unknown field`. */
export const commandPayload = <R extends Props, O extends Props = Record<never, t.Mixed>>(
  name: string,
  required: R,
  optional: O = {} as O,
): ObjectCodec<R, O> => objectCodec(name, required, optional, { unknownKeys: 'reject' });

/**
 * A non-branded refinement whose failure message reads well in the error reporter, e.g.
 * `expected a positive integer`.
 */
export const refine = <A, O>(
  base: t.Type<A, O, unknown>,
  predicate: (a: A) => boolean,
  name: string,
  expected: string,
): t.Type<A, O, unknown> =>
  new t.Type<A, O, unknown>(
    name,
    (u): u is A => base.is(u) && predicate(u),
    (u, c) => {
      const r = base.validate(u, c);
      if (r._tag === 'Left') return t.failure(u, c, u === undefined ? 'is required' : `expected ${expected}`);
      return predicate(r.right) ? r : t.failure(u, c, `expected ${expected}`);
    },
    base.encode,
  );
