import * as t from 'io-ts';
import { ROLES, type Role } from '../auth/jwt';

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

/** Items separated by commas, each a `word`. */
export const list = (text: string): string[] | undefined => {
  const items = text.split(',').map((s) => s.trim());
  return items.every((s) => word(s) !== undefined) ? items : undefined;
};

/** `idp-role:casebook-role` pairs, comma-separated. */
export const roleMap = (text: string): Record<string, Role> | undefined => {
  const map: Record<string, Role> = {};
  for (const pair of text.split(',')) {
    const m = /^\s*([^\s:,]+):([a-z]+)\s*$/.exec(pair);
    if (!m || !(ROLES as readonly string[]).includes(m[2]!)) return undefined;
    map[m[1]!] = m[2] as Role;
  }
  return map;
};

/** The base64 of exactly 32 bytes. */
export const base64Key = (text: string): string | undefined =>
  /^[A-Za-z0-9+/]+={0,2}$/.test(text.trim()) && Buffer.from(text.trim(), 'base64').length === 32
    ? text
    : undefined;

/** A secret long enough for HS256: 32 characters or more. */
export const secret = (text: string): string | undefined => (text.length >= 32 ? text : undefined);

/** URLs, comma-separated, each http:// or https://. */
export const webhookUrls = (text: string): string[] | undefined => {
  const items = text.split(',').map((s) => s.trim());
  return items.every((s) => url('http:', 'https:')(s) !== undefined) ? items : undefined;
};
