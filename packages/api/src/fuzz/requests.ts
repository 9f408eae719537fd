import * as fc from 'fast-check';
import { Entries, jsonText, RawToken, type Wire } from './json-text';
import type { Operation, Parameter, Schema } from './operations';
import { deepNesting, duplicatedKey, fromSchema, hostileValue, withHostile, type IdPool } from './values';

/** One request the fuzzer sends, and what it did to it (shown when a property fails). */
export interface FuzzRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** What was made hostile: `body.category text:NUL`, `query.team`, `token:expired`, ... */
  readonly mutations: readonly string[];
  /** A declared field, parameter or path id holds text no codec may take: a 2xx would be a bug. */
  readonly refusable: boolean;
}

/** Percent-encodes like `encodeURIComponent`, lone surrogates too (as the bytes of their code point). */
export function encodeLoose(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      out += [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(ch);
  }
  return out;
}

interface Part {
  readonly text: string;
  readonly mutation?: string;
  readonly refusable?: boolean;
}

const textOf = (v: Wire): string =>
  Array.isArray(v) ? v.map((x) => textOf(x as Wire)).join(',') : typeof v === 'string' ? v : jsonText(v);

/** A parameter's value as URL text: valid mostly, else one of the hostile classes. */
function paramValue(p: Parameter, ids: IdPool, hostileWeight: number): fc.Arbitrary<Part> {
  const valid = fromSchema(p.schema, p.name, ids).map((v): Part => ({ text: textOf(v) }));
  const hostile = fromSchema(p.schema, p.name, ids).chain((v) =>
    fc.oneof(
      withHostile(textOf(v)).map(({ value, hostile }): Part => ({
        text: value,
        mutation: `${p.in}.${p.name} text:${hostile}`,
        // Headers are not payload: an idempotency key or a correlation id is opaque to the codecs.
        // A lone surrogate percent-encoded is not UTF-8: the query parser keeps it as `%ED%A0%80`,
        // plain text, and the router refuses it in a path.
        refusable: p.in === 'path' || (p.in === 'query' && !hostile.includes('surrogate')),
      })),
      hostileValue(p.schema, v).map(({ value, hostile }): Part => ({
        text: textOf(value).slice(0, 12_000),
        mutation: `${p.in}.${p.name} ${hostile}`,
      })),
    ),
  );
  return fc.oneof({ weight: 10, arbitrary: valid }, { weight: hostileWeight, arbitrary: hostile });
}

const pathOf = (op: Operation, values: Readonly<Record<string, Part>>): string =>
  op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeLoose(values[name]?.text ?? 'x'));

/** `a` once in `oneIn` times, else nothing: optional parameters are mostly left out, as clients do. */
const sometimes = <T>(a: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });

function queryOf(op: Operation, ids: IdPool): fc.Arbitrary<readonly Part[]> {
  const params = op.parameters.filter((p) => p.in === 'query');
  const declared = params.map((p) =>
    sometimes(
      paramValue(p, ids, 2).map((v): Part => ({
        ...v,
        text: `${encodeLoose(p.name)}=${encodeLoose(v.text)}`,
      })),
      4,
    ),
  );
  const extra = fc.oneof(
    { weight: 8, arbitrary: fc.constant<Part | undefined>(undefined) },
    fc.constantFrom<Part>(
      { text: 'unknownParam=1', mutation: 'query unknown parameter' },
      { text: '%00=1', mutation: 'query NUL name' },
      { text: 'limit=1&limit=2', mutation: 'query repeated' },
      { text: 'a=%ED%A0%80', mutation: 'query invalid UTF-8' },
      { text: '%E2%80%AE=1', mutation: 'query bidi name' },
    ),
  );
  return fc
    .tuple(fc.tuple(...declared), extra)
    .map(([d, e]) => [...d, e].filter((x): x is Part => x !== undefined));
}

function headersOf(op: Operation, ids: IdPool): fc.Arbitrary<readonly [string, Part][]> {
  const params = op.parameters.filter((p) => p.in === 'header');
  return fc
    .tuple(...params.map((p) => sometimes(paramValue(p, ids, 2), 6)))
    .map((vs) => vs.flatMap((v, i) => (v === undefined ? [] : [[params[i]!.name, v] as [string, Part]])));
}

/** The body and what was done to it. */
function bodyOf(schema: Schema, ids: IdPool): fc.Arbitrary<Part> {
  const props = schema.properties ?? {};
  const keys = Object.keys(props);
  return fromSchema(schema, '(root)', ids).chain((valid) => {
    const obj = (valid ?? {}) as Record<string, Wire>;
    const field = keys.length
      ? fc.constantFrom(...keys).chain((k) =>
          hostileValue(props[k]!, obj[k] ?? 'x').map(({ value, hostile }): Part => ({
            text: jsonText({ ...obj, [k]: value }),
            mutation: `body.${k} ${hostile}`,
            refusable: hostile.startsWith('text:') && props[k]!.type === 'string',
          })),
        )
      : fc.constant<Part>({ text: jsonText(obj) });
    const nested = nestedField(obj, props);
    const structural = fc.oneof(
      fc.constantFrom(...(schema.required?.length ? schema.required : ['x'])).map((k): Part => {
        const { [k]: _gone, ...rest } = obj;
        return { text: jsonText(rest), mutation: `body.${k} missing` };
      }),
      fc.constantFrom('unknownField', '__proto__', 'constructor', 'prototype').map((k): Part => ({
        text: jsonText(new Entries([...Object.entries(obj), [k, k === '__proto__' ? { admin: true } : 1]])),
        mutation: `body unknown field ${k}`,
      })),
      keys.length
        ? fc.constantFrom(...keys).chain((k) =>
            withHostile('dup').map(({ value }): Part => ({
              text: jsonText(duplicatedKey(obj, k, value)),
              mutation: `body.${k} duplicated`,
            })),
          )
        : fc.constant<Part>({ text: '{}' }),
      fc.constantFrom<Part>(
        { text: '[]', mutation: 'body array' },
        { text: '"text"', mutation: 'body string' },
        { text: 'null', mutation: 'body null' },
        { text: '-0', mutation: 'body number' },
        { text: '{"a":', mutation: 'body truncated' },
        { text: '', mutation: 'body empty' },
        { text: '\u0000', mutation: 'body NUL' },
      ),
      deepNesting.map((v): Part => ({ text: jsonText(v), mutation: 'body deep nesting' })),
      fc.constant<Part>({
        text: jsonText(new Entries([['a', new RawToken('1e400')]])),
        mutation: 'body 1e400',
      }),
    );
    return fc.oneof(
      { weight: 4, arbitrary: fc.constant<Part>({ text: jsonText(obj) }) },
      { weight: 6, arbitrary: field },
      { weight: 2, arbitrary: nested },
      { weight: 3, arbitrary: structural },
    );
  });
}

/** A hostile value one level down (`amount.minor`, `address.line1`), where the body nests. */
function nestedField(obj: Record<string, Wire>, props: Readonly<Record<string, Schema>>): fc.Arbitrary<Part> {
  const nested = Object.entries(props).filter(
    ([k, s]) => s.type === 'object' && s.properties && typeof obj[k] === 'object' && obj[k] !== null,
  );
  if (nested.length === 0) return fc.constant({ text: jsonText(obj) });
  return fc.constantFrom(...nested).chain(([k, s]) =>
    fc.constantFrom(...Object.keys(s.properties!)).chain((inner) =>
      hostileValue(s.properties![inner]!, (obj[k] as Record<string, Wire>)[inner] ?? 'x').map(
        ({ value, hostile }): Part => ({
          text: jsonText({ ...obj, [k]: { ...(obj[k] as Record<string, Wire>), [inner]: value } }),
          mutation: `body.${k}.${inner} ${hostile}`,
          refusable: hostile.startsWith('text:') && s.properties![inner]!.type === 'string',
        }),
      ),
    ),
  );
}

/** Every request the fuzzer may send for `op`, with a token from `tokens`. */
export function requestsFor(
  op: Operation,
  ids: IdPool,
  tokens: fc.Arbitrary<{ readonly header?: string; readonly name: string }>,
): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const path = fc
    .tuple(...pathParams.map((p) => paramValue(p, ids, 2)))
    .map((vs) => Object.fromEntries(vs.map((v, i) => [pathParams[i]!.name, v])) as Record<string, Part>);
  const body = op.body
    ? fc.option(bodyOf(op.body, ids), { freq: 12, nil: undefined })
    : fc.constant(undefined);
  return fc
    .record({ path, query: queryOf(op, ids), headers: headersOf(op, ids), body, token: tokens })
    .map(({ path: p, query, headers: hs, body: b, token }) => {
      const parts = [...Object.values(p), ...query, ...hs.map(([, v]) => v), ...(b ? [b] : [])];
      const qs = query.map((q) => q.text).join('&');
      const headers: Record<string, string> = Object.fromEntries(
        hs.map(([n, v]) => [n.toLowerCase(), v.text]),
      );
      if (token.header !== undefined) headers.authorization = token.header;
      if (op.body) headers['content-type'] = 'application/json';
      return {
        method: op.method,
        url: `${pathOf(op, p)}${qs ? `?${qs}` : ''}`,
        headers,
        ...(op.body ? { body: b?.text ?? '{}' } : {}),
        mutations: [`token:${token.name}`, ...parts.flatMap((x) => (x.mutation ? [x.mutation] : []))],
        refusable: parts.some((x) => x.refusable === true),
      };
    });
}
