import * as t from 'io-ts';

export type JsonSchema = Record<string, unknown>;

/**
 * io-ts codec -> JSON Schema (2020-12, as OpenAPI 3.1 uses). Handles the io-ts combinators, and the
 * domain's hand-written codecs when they describe themselves (`required`/`optional` props on object
 * codecs, `values` on enums, `base`/`expected` on refinements). What it cannot see into becomes
 * `{ description: <codec name> }`: the document stays honest rather than inventing a shape.
 */
export function toJsonSchema(codec: t.Mixed, refs: Map<string, JsonSchema> = new Map()): JsonSchema {
  const c = codec;
  if (c instanceof t.InterfaceType || c instanceof t.PartialType) {
    return object(
      c.props as Record<string, t.Mixed>,
      c instanceof t.InterfaceType ? Object.keys(c.props as object) : [],
      refs,
    );
  }
  if (c instanceof t.ExactType || c instanceof t.ReadonlyType || c instanceof t.RefinementType) {
    return {
      ...toJsonSchema(c.type as t.Mixed, refs),
      ...(c instanceof t.RefinementType ? { description: c.name } : {}),
    };
  }
  if (c instanceof t.IntersectionType)
    return { allOf: (c.types as t.Mixed[]).map((x) => toJsonSchema(x, refs)) };
  if (c instanceof t.UnionType) return { anyOf: (c.types as t.Mixed[]).map((x) => toJsonSchema(x, refs)) };
  if (c instanceof t.LiteralType) return { const: c.value };
  if (c instanceof t.KeyofType) return { type: 'string', enum: Object.keys(c.keys as object) };
  if (c instanceof t.ArrayType || c instanceof t.ReadonlyArrayType)
    return { type: 'array', items: toJsonSchema(c.type as t.Mixed, refs) };
  if (c instanceof t.DictionaryType)
    return { type: 'object', additionalProperties: toJsonSchema(c.codomain as t.Mixed, refs) };
  if (c instanceof t.StringType) return { type: 'string' };
  if (c instanceof t.NumberType) return { type: 'number' };
  if (c instanceof t.BooleanType) return { type: 'boolean' };
  if (c instanceof t.NullType) return { type: 'null' };
  return described(c, refs);
}

function object(
  props: Record<string, t.Mixed>,
  required: string[],
  refs: Map<string, JsonSchema>,
): JsonSchema {
  const properties = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toJsonSchema(v, refs)]));
  return { type: 'object', properties, required, additionalProperties: false };
}

/** Hand-written `new t.Type(...)` codecs: use what they say about themselves, else probe. */
function described(c: t.Mixed, refs: Map<string, JsonSchema>): JsonSchema {
  // What a codec says about itself lives in its own fields, next to io-ts's.
  const own: Record<string, unknown> = Object.fromEntries(Object.entries(c));
  if (isProps(own.required) || isProps(own.optional)) {
    const req = (own.required ?? {}) as Record<string, t.Mixed>;
    const all = { ...req, ...((own.optional ?? {}) as Record<string, t.Mixed>) };
    return object(all, Object.keys(req), refs);
  }
  if (Array.isArray(own.values)) return { type: 'string', enum: own.values as unknown[] };
  if (own.base instanceof t.Type)
    return {
      ...toJsonSchema(own.base as t.Mixed, refs),
      description: typeof own.expected === 'string' ? own.expected : c.name,
    };
  return probe(c, refs);
}

const isProps = (u: unknown): boolean =>
  typeof u === 'object' && u !== null && Object.values(u).every((v) => v instanceof t.Type);

const PROBE = Symbol('probe');

/** The keys an object codec's `encode` reads from its input: every field it knows, required or optional. */
function keysRead(c: t.Mixed): string[] {
  const keys = new Set<string>();
  const spy = new Proxy({}, { get: (_target, k) => (typeof k === 'string' && keys.add(k), undefined) });
  try {
    c.encode(spy);
  } catch {
    // not an object codec
  }
  return [...keys];
}

/** The codec a field is validated with, learnt from the context of the error a nonsense value causes. */
function fieldCodec(c: t.Mixed, key: string): t.Mixed | undefined {
  const r = c.validate({ [key]: PROBE }, [{ key: '', type: c, actual: {} }]);
  if (r._tag === 'Right') return undefined;
  return r.left.map((e) => e.context[1]).find((entry) => entry?.key === key)?.type as t.Mixed | undefined;
}

/**
 * Asks a hand-written codec about itself. An object codec: `encode` reads every field it knows,
 * validating `{}` names the required ones, a nonsense value per field yields the field's codec.
 * A scalar codec: whether it takes a string, and what its error message says it expects.
 */
function probe(c: t.Mixed, refs: Map<string, JsonSchema>): JsonSchema {
  const root = [{ key: '', type: c, actual: {} }];
  const r = c.validate({}, root);
  const keys = keysRead(c);
  if (keys.length > 0 && (r._tag === 'Right' || r.left.some((e) => e.context.length === 2))) {
    const required =
      r._tag === 'Left' ? r.left.filter((e) => e.context.length === 2).map((e) => e.context[1]!.key) : [];
    const props = Object.fromEntries(keys.flatMap((k) => (fieldCodec(c, k) ? [[k, fieldCodec(c, k)!]] : [])));
    return {
      ...object(
        props,
        keys.filter((k) => required.includes(k)),
        refs,
      ),
      description: c.name,
    };
  }
  if (r._tag === 'Right') return { type: 'object', description: c.name };
  const message = c.validate(1.5, root);
  const reason = message._tag === 'Left' ? message.left[0]?.message : undefined;
  const type = typeFrom(c, reason ?? '');
  const values = /expected one of (.+)$/.exec(reason ?? '');
  return {
    ...(type ? { type } : {}),
    ...(values ? { enum: values[1]!.split(', ') } : {}),
    description: reason ? `${c.name}: ${reason}` : c.name,
  };
}

const SAMPLE_STRINGS = [
  'x',
  'a@example.com',
  '+44 20 7946 0000',
  '2026-01-02T03:04:05.000Z',
  '2026-01-02',
  '09:00',
  'GBP',
  'Europe/London',
];

/** The JSON type a scalar codec takes, found by trying values of each type on it. */
function typeFrom(c: t.Mixed, reason: string): string | undefined {
  const ok = (u: unknown) => c.validate(u, [])._tag === 'Right';
  if (ok(true) || /true or false/.test(reason)) return 'boolean';
  if (ok(1.5)) return 'number';
  if (ok(1) || ok(0) || /integer/.test(reason)) return 'integer';
  if (SAMPLE_STRINGS.some(ok) || /string|one of|id\b|code/i.test(reason)) return 'string';
  return undefined;
}
