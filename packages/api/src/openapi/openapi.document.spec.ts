import { LIST_ROUTES } from '../reports/report-routes';
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

  it('lists each history route with its cursor, limit and roles, and asOf on every read', () => {
    type Op = { parameters: { name: string }[]; description: string };
    const op = (path: string) => (doc.paths as Record<string, { get?: Op }>)[path]?.get;
    for (const r of READ_ROUTES) {
      expect(op(`/${r.resource}/{id}/history`)?.parameters.map((p) => p.name)).toEqual([
        'id',
        'cursor',
        'limit',
      ]);
      expect(op(`/${r.resource}/{id}`)?.parameters.map((p) => p.name)).toEqual(['id', 'asOf', 'timeline']);
    }
    expect(op('/complaints/{id}/history')?.description).toBe('Roles: auditor, supervisor (and admin).');
  });

  it('describes every request body field with a type, from the domain codecs', () => {
    const bodies = Object.entries(paths).flatMap(([p, ops]) =>
      Object.values(ops).flatMap((op) =>
        op.requestBody ? [[p, op.requestBody.content['application/json']!.schema] as const] : [],
      ),
    );
    // The one body that is not a command's: the payment provider's callback, described by hand.
    const commands = bodies.filter(([p]) => p !== '/payments/callbacks');
    expect(commands).toHaveLength(COMMAND_ROUTES.length);
    expect(bodies.flatMap(([p, s]) => untyped(s, p))).toEqual([]);
    const filing = paths['/complaints']!.post!.requestBody!.content['application/json']!.schema;
    expect(filing.required).not.toContain('complaintId');
    expect(Object.keys(filing.properties as object)).toEqual(
      expect.arrayContaining(['complaintId', 'orderReference', 'amountPaid']),
    );
  });
});

describe('the answers in the OpenAPI document (what the typed client reads)', () => {
  type Answer = { content?: Record<string, { schema: JsonSchema }> };
  const answers = doc.paths as Record<string, Record<string, { responses: Record<string, Answer> }>>;
  const schemaOf = (path: string, method: string, status: string) =>
    answers[path]?.[method]?.responses[status]?.content?.['application/json']?.schema;

  it('gives every command its {id, version}, both required', () => {
    for (const r of COMMAND_ROUTES) {
      const path = r.action ? `/${r.resource}/{id}/${r.action}` : `/${r.resource}`;
      expect(schemaOf(path, 'post', r.creates ? '201' : '200')?.required).toEqual(['id', 'version']);
    }
  });

  it('gives every read its id, version and state with a status', () => {
    for (const r of READ_ROUTES) {
      const schema = schemaOf(`/${r.resource}/{id}`, 'get', '200')!;
      expect(schema.required).toEqual(['id', 'version', 'state']);
      expect((schema.properties as Record<string, JsonSchema>).state!.required).toEqual(['status']);
    }
  });

  it('declares no parameter default the server would refuse when sent', () => {
    const reads = doc.paths as Record<
      string,
      { get?: { parameters: { name: string; schema: JsonSchema }[] } }
    >;
    const timeline = reads['/complaints/{id}']!.get!.parameters.find((p) => p.name === 'timeline')!;
    expect(timeline.schema).not.toHaveProperty('default');
  });
});

describe('the report routes in the OpenAPI document', () => {
  type Param = { name: string; in: string; schema: JsonSchema; style?: string; explode?: boolean };
  const get = (path: string) =>
    (
      doc.paths as Record<
        string,
        { get?: { parameters: Param[]; responses: Record<string, { content: object }> } }
      >
    )[path]?.get;
  const schemas = (doc.components as { schemas: Record<string, JsonSchema> }).schemas;

  it('lists every list route with each of its filters, sort, limit, cursor and format', () => {
    for (const { spec, row } of LIST_ROUTES) {
      const op = get(`/reports/${spec.name}`)!;
      const params = Object.fromEntries(op.parameters.map((p) => [p.name, p]));
      expect(Object.keys(params).sort()).toEqual(
        [...Object.keys(spec.filters), 'sort', 'limit', 'cursor', 'format'].sort(),
      );
      expect(params.limit!.schema).toEqual({ type: 'integer', minimum: 1, maximum: 500, default: 50 });
      expect(params.sort!.schema.enum).toContain(spec.defaultSort);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '503']));
      expect(Object.keys(op.responses['200']!.content)).toEqual(['application/json', 'text/csv']);
      if (row) expect(Object.keys(get(`/reports/${spec.name}/{id}`)!.responses)).toContain('404');
    }
  });

  it('describes multi-value filters as comma-separated arrays, with their enums', () => {
    const status = get('/reports/complaints')!.parameters.find((p) => p.name === 'status')!;
    expect(status).toMatchObject({ in: 'query', style: 'form', explode: false });
    expect(status.schema).toEqual({
      type: 'array',
      items: { type: 'string', enum: ['open', 'awaiting_customer', 'on_hold', 'resolved', 'closed'] },
    });
    const filed = get('/reports/complaints')!.parameters.find((p) => p.name === 'filedFrom')!;
    expect(filed.schema).toEqual({ type: 'string', format: 'date-time' });
  });

  it('has a row schema per list: bigints as strings, instants as date-times, the clock’s flags', () => {
    const row = schemas.ComplaintsReportRow!;
    const props = row.properties as Record<string, JsonSchema>;
    expect(props.complaintId).toEqual({ type: 'string' });
    expect(props.refundTotalMinor).toMatchObject({ type: ['string', 'null'], pattern: '^-?[0-9]+$' });
    expect(props.filedAt).toEqual({ type: ['string', 'null'], format: 'date-time' });
    expect(props.breached).toEqual({ type: ['boolean', 'null'] });
    for (const { spec } of LIST_ROUTES)
      expect(Object.keys(schemas)).toContain(`${spec.name[0]!.toUpperCase()}${spec.name.slice(1)}ReportRow`);
  });
});

describe('the aggregate report routes in the OpenAPI document', () => {
  it('lists each with its parameters, format and CSV', () => {
    const ops = doc.paths as Record<
      string,
      {
        get: {
          parameters: Array<{ name: string; required: boolean }>;
          responses: Record<string, { content: object }>;
        };
      }
    >;
    const names = (path: string) => ops[path]!.get.parameters.map((p) => p.name);
    expect(names('/reports/metrics')).toEqual(['from', 'to', 'period', 'groupBy', 'team', 'agent', 'format']);
    expect(names('/reports/backlog')).toEqual(['groupBy', 'team', 'agent', 'format']);
    expect(names('/reports/refunds/summary')).toEqual([
      'from',
      'to',
      'groupBy',
      'status',
      'currency',
      'reason',
      'format',
    ]);
    const required = ops['/reports/metrics']!.get.parameters.filter((p) => p.required).map((p) => p.name);
    expect(required).toEqual(['from', 'to', 'period']);
    expect(Object.keys(ops['/reports/backlog']!.get.responses['200']!.content)).toEqual([
      'application/json',
      'text/csv',
    ]);
  });
});
