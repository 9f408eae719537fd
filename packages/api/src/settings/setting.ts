import * as t from 'io-ts';

/** One environment variable: how it decodes, and what the settings table says of it. */
export interface Setting<A> {
  /** Decodes the variable's text (unset and empty alike give the default). */
  readonly codec: t.Type<A, string | undefined, unknown>;
  /** What a valid value looks like; also the error's words (`PORT=x: expected <expects>`). */
  readonly expects: string;
  /** The default, in words for the table. */
  readonly default: string;
  /** What it does, for the table. */
  readonly does: string;
  /** Never echoed in an error (secrets, URLs with passwords). */
  readonly secret?: boolean;
}

interface Describe {
  readonly expects: string;
  readonly default: string;
  readonly does: string;
  readonly secret?: boolean;
}

/**
 * A variable read by `parse` (undefined: refused) with `fallback` when unset or empty: compose
 * files and orchestrators often set a variable to the empty string to mean "not set".
 */
export function setting<A>(
  describe: Describe,
  parse: (text: string) => A | undefined,
  fallback: A,
  encode: (a: A) => string = String,
): Setting<A> {
  const codec = new t.Type<A, string | undefined, unknown>(
    describe.expects,
    (u): u is A => u !== undefined,
    (u, c) => {
      if (u === undefined || u === '') return t.success(fallback);
      const value = typeof u === 'string' ? parse(u) : undefined;
      return value === undefined ? t.failure(u, c, describe.expects) : t.success(value);
    },
    (a) => (a === undefined ? undefined : encode(a)),
  );
  return { ...describe, codec };
}

const number = (text: string): number | undefined => {
  const n = /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

/** A whole number within [min, max]. */
export const integer =
  (min: number, max = Number.MAX_SAFE_INTEGER) =>
  (text: string): number | undefined => {
    const n = number(text);
    return n !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
  };

/** A number of at least `min` (fractions allowed: `0.5` seconds). */
export const atLeast =
  (min: number) =>
  (text: string): number | undefined => {
    const n = number(text);
    return n !== undefined && n >= min ? n : undefined;
  };

export const port = integer(1, 65535);

/** A URL whose scheme is one of `protocols` (`postgres:`). */
export const url =
  (...protocols: string[]) =>
  (text: string): string | undefined => {
    try {
      return protocols.includes(new URL(text).protocol) ? text : undefined;
    } catch {
      return undefined;
    }
  };

/** One of `values`, exactly. */
export const oneOf =
  <V extends string>(...values: V[]) =>
  (text: string): V | undefined =>
    (values as string[]).includes(text) ? (text as V) : undefined;

/** Text without spaces or control characters (ids, hosts, claim paths). */
export const word = (text: string): string | undefined => (/^[^\s\p{Cc}]+$/u.test(text) ? text : undefined);
