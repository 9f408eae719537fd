import {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  type FieldSpec,
  type FilterSpec,
  type ListSpec,
} from '@casebook/projections';
import { PROBLEM_CONTENT_TYPE } from '../http/problem';
import type { JsonSchema } from '../openapi/json-schema';
import { LIST_ROUTES, REPORT_READERS } from './report-routes';

export type Operation = Record<string, unknown>;
export type Paths = Record<string, Record<string, Operation>>;

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});
export const ERRORS = {
  400: problem('A bad query parameter: each with its name and why'),
  401: problem('Missing or bad bearer token'),
  403: problem('The caller’s roles do not allow this'),
  503: problem('No PostgreSQL: the API runs on an in-memory store'),
};
export const query = (name: string, schema: JsonSchema, description?: string, extra: object = {}) => ({
  name,
  in: 'query',
  required: false,
  schema,
  ...(description ? { description } : {}),
  ...extra,
});
export const FORMAT = query(
  'format',
  { type: 'string', enum: ['json', 'csv'] },
  'csv: every matching row (Accept: text/csv too)',
);
export const CSV = { 'text/csv': { schema: { type: 'string' } } };
export const ROLES = `Roles: ${REPORT_READERS.join(', ')} (and admin).`;

const fieldSchema = (f: FieldSpec): JsonSchema => {
  switch (f.type) {
    case 'text':
      return { type: ['string', 'null'], ...(f.values ? { enum: [...f.values, null] } : {}) };
    case 'int':
      return { type: ['integer', 'null'] };
    case 'bigint':
      return { type: ['string', 'null'], pattern: '^-?[0-9]+$', description: 'an integer, as a string' };
    case 'instant':
      return { type: ['string', 'null'], format: 'date-time' };
    case 'boolean':
      return { type: ['boolean', 'null'] };
  }
};

/** A list's row schema: every field, the key never null. */
const rowSchema = (spec: ListSpec): JsonSchema => ({
  type: 'object',
  required: Object.keys(spec.fields),
  properties: Object.fromEntries(
    Object.entries(spec.fields).map(([n, f]) => [n, n === spec.key ? { type: 'string' } : fieldSchema(f)]),
  ),
});

const FILTER_DOC: Readonly<Record<FilterSpec['kind'], string>> = {
  in: 'equals one of these (comma-separated)',
  from: 'at or after this instant',
  to: 'before this instant',
  min: 'at least',
  max: 'at most',
  is: 'true or false',
};

const filterParam = (spec: ListSpec, name: string, f: FilterSpec) => {
  const field = spec.fields[f.field]!;
  const doc = `${f.field} ${FILTER_DOC[f.kind]}`;
  if (f.kind === 'in')
    return query(
      name,
      { type: 'array', items: { type: 'string', ...(field.values ? { enum: field.values } : {}) } },
      doc,
      {
        style: 'form',
        explode: false,
      },
    );
  if (f.kind === 'from' || f.kind === 'to') return query(name, { type: 'string', format: 'date-time' }, doc);
  return query(name, { type: f.kind === 'is' ? 'boolean' : 'integer' }, doc);
};

const listParams = (spec: ListSpec) => [
  ...Object.entries(spec.filters).map(([name, f]) => filterParam(spec, name, f)),
  query('sort', {
    type: 'string',
    enum: spec.sortable.flatMap((s) => [s, `-${s}`]),
    default: spec.defaultSort,
  }),
  query('limit', { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }),
  query('cursor', { type: 'string' }, 'nextCursor of the previous page, with the same filters and sort'),
  FORMAT,
];

const schemaName = (spec: ListSpec) => `${spec.name[0]!.toUpperCase()}${spec.name.slice(1)}ReportRow`;

const listOperation = (spec: ListSpec, summary: string): Operation => ({
  operationId: `report-${spec.name}`,
  summary,
  description: `${ROLES} Keyset pages (limit, cursor); format=csv exports every matching row.`,
  tags: ['reports'],
  parameters: listParams(spec),
  responses: {
    200: {
      description: 'A page, and the cursor of the next one (null on the last)',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['items', 'nextCursor'],
            properties: {
              items: { type: 'array', items: { $ref: `#/components/schemas/${schemaName(spec)}` } },
              nextCursor: { type: ['string', 'null'] },
            },
          },
        },
        ...CSV,
      },
    },
    ...ERRORS,
  },
  security: [{ bearer: [] }],
});

const rowOperation = (spec: ListSpec, summary: string): Operation => ({
  operationId: `report-${spec.name}-row`,
  summary,
  description: ROLES,
  tags: ['reports'],
  parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
  responses: {
    200: {
      description: 'The row',
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName(spec)}` } } },
    },
    ...ERRORS,
    404: problem('No such row'),
  },
  security: [{ bearer: [] }],
});

/** The list routes' paths of the API document, and the row schemas they refer to. */
export function listOpenApi(): { paths: Paths; schemas: JsonSchema } {
  const paths: Paths = {};
  for (const { spec, summary, row } of LIST_ROUTES) {
    paths[`/reports/${spec.name}`] = { get: listOperation(spec, summary) };
    if (row) paths[`/reports/${spec.name}/{id}`] = { get: rowOperation(spec, row) };
  }
  const schemas = Object.fromEntries(LIST_ROUTES.map(({ spec }) => [schemaName(spec), rowSchema(spec)]));
  return { paths, schemas };
}
