import { COMMAND_ROUTES, READ_ROUTES } from '../resources';
import type { JsonSchema } from './json-schema';
import { openApiDocument } from './openapi.document';

const doc = openApiDocument(COMMAND_ROUTES, READ_ROUTES);
const paths = doc.paths as Record<
  string,
  Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>
>;

/** Every leaf of a schema has a JSON type: nothing the converter could not see into. */
const untyped = (s: JsonSchema, at: string): string[] =>
  s.properties
    ? Object.entries(s.properties as Record<string, JsonSchema>).flatMap(([k, v]) => untyped(v, `${at}.${k}`))
    : s.type || s.anyOf || s.allOf
      ? []
      : [at];

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with every command and read route', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const r of COMMAND_ROUTES) {
      expect(paths[r.action ? `/${r.resource}/{id}/${r.action}` : `/${r.resource}`]?.post).toBeDefined();
    }
    for (const r of READ_ROUTES) expect(paths[`/${r.resource}/{id}`]?.get).toBeDefined();
  });

  it('describes every request body field with a type, from the domain codecs', () => {
    const bodies = Object.entries(paths).flatMap(([p, ops]) =>
      Object.values(ops).flatMap((op) =>
        op.requestBody ? [[p, op.requestBody.content['application/json']!.schema] as const] : [],
      ),
    );
    expect(bodies).toHaveLength(COMMAND_ROUTES.length);
    expect(bodies.flatMap(([p, s]) => untyped(s, p))).toEqual([]);
    const filing = paths['/complaints']!.post!.requestBody!.content['application/json']!.schema;
    expect(filing.required).not.toContain('complaintId');
    expect(Object.keys(filing.properties as object)).toEqual(
      expect.arrayContaining(['complaintId', 'orderReference', 'amountPaid']),
    );
  });
});
