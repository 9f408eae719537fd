/** A JSON Schema as the API document writes one (the parts the fuzzer reads). */
export interface Schema {
  readonly $ref?: string;
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly format?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
}

export interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  readonly schema: Schema;
}

/** One operation of the served document: what the fuzzer calls and with what. */
export interface Operation {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** `/complaints/{id}/assign` */
  readonly path: string;
  readonly parameters: readonly Parameter[];
  readonly body?: Schema;
  readonly secured: boolean;
  /** The roles the description names (`Roles: agent, supervisor (and admin).`); empty: any. */
  readonly roles: readonly string[];
}

export interface Document {
  readonly paths: Readonly<Record<string, Readonly<Record<string, RawOperation>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, Schema>> };
}

interface RawOperation {
  readonly parameters?: readonly (Parameter | { readonly $ref: string })[];
  readonly requestBody?: { readonly content?: Readonly<Record<string, { readonly schema?: Schema }>> };
  readonly security?: readonly unknown[];
  readonly description?: string;
}

/** `Roles: agent, supervisor (and admin).` -> the roles; `Roles: any.` or none -> []. */
const rolesOf = (description = ''): string[] => {
  const m = /Roles: ([^.(]+)/.exec(description);
  const names = (m?.[1] ?? '').split(',').map((r) => r.trim());
  return names.filter((r) => r !== '' && r !== 'any');
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** `#/components/schemas/X` -> the schema, recursively: the fuzzer never sees a `$ref`. */
export function resolver(doc: Document): (s: Schema) => Schema {
  const resolve = (s: Schema, depth = 0): Schema => {
    if (depth > 20) return {};
    if (s.$ref !== undefined) {
      const name = s.$ref.split('/').at(-1) ?? '';
      return resolve(doc.components?.schemas?.[name] ?? {}, depth + 1);
    }
    const properties =
      s.properties &&
      Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, resolve(v, depth + 1)]));
    return {
      ...s,
      ...(properties ? { properties } : {}),
      ...(s.items ? { items: resolve(s.items, depth + 1) } : {}),
    };
  };
  return resolve;
}

/** Every operation of the document, as served: a route added tomorrow is in this list tomorrow. */
export function operationsOf(doc: Document): Operation[] {
  const resolve = resolver(doc);
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op === undefined) continue;
      const parameters = (op.parameters ?? [])
        .filter((p): p is Parameter => 'name' in p)
        .map((p) => ({ ...p, required: p.required ?? p.in === 'path', schema: resolve(p.schema ?? {}) }));
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      out.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        parameters,
        ...(bodySchema ? { body: resolve(bodySchema) } : {}),
        secured: (op.security ?? []).length > 0,
        roles: rolesOf(op.description),
      });
    }
  }
  return out;
}
