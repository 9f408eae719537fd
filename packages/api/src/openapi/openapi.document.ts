import { AS_OF_PARAMETERS, historyOpenApi } from '../audit/history-openapi';
import { verifyOpenApi } from '../audit/verify.openapi';
import type { CommandRoute } from '../commands/command-route';
import { PROBLEM_CONTENT_TYPE } from '../http/problem';
import { notificationsOpenApi } from '../notifications/notifications-openapi';
import { paymentsOpenApi } from '../payments/payments-openapi';
import { reportOpenApi } from '../reports';
import { toJsonSchema, type JsonSchema } from './json-schema';

const problemRef = { $ref: '#/components/schemas/Problem' };
const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: problemRef } },
});
const ERRORS = {
  400: problemResponse('Invalid input: every invalid field with its path and reason'),
  401: problemResponse('Missing or bad bearer token'),
  403: problemResponse('The caller’s roles do not allow this'),
  404: problemResponse('Unknown resource'),
  409: problemResponse('A conflict retries could not settle'),
  412: problemResponse('Stale If-Match'),
  413: problemResponse('Body too large'),
  415: problemResponse('Not application/json'),
  422: problemResponse(
    'A business rule refused it (code = the domain error tag) or a reused Idempotency-Key',
  ),
};
const header = (name: string, description: string, required = false) => ({
  name,
  in: 'header',
  required,
  description,
  schema: { type: 'string' },
});
const COMMAND_HEADERS = [
  header('Idempotency-Key', 'Retries with the same key and body replay the first answer'),
  header('If-Match', 'W/"<version>" from an ETag: refuse (412) if the resource changed'),
  header('X-Correlation-Id', 'Carried into every event and log line; made up when absent'),
  header('X-On-Behalf-Of', 'Services only: the agent the service acts for'),
];
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const created = { id: { type: 'string' }, version: { type: 'integer' } };
/** A read: the state (its `status` says where it stands), the version its ETag names, and asOf's echo. */
const STATE_SCHEMA = {
  type: 'object',
  required: ['id', 'version', 'state'],
  properties: {
    ...created,
    state: { type: 'object', required: ['status'], properties: { status: { type: 'string' } } },
    asOf: { type: 'string', format: 'date-time' },
    timeline: { type: 'string', enum: ['recorded', 'occurred'] },
  },
};

export interface ReadRoute {
  readonly resource: string;
  readonly summary: string;
  readonly readers?: readonly string[];
}

/**
 * The OpenAPI 3.1 document, built from the same route tables and codecs the routes decode with;
 * the report routes from the report list specs the controller runs.
 */
export function openApiDocument(
  commands: readonly CommandRoute[],
  reads: readonly ReadRoute[],
  reports = reportOpenApi(),
): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of commands) {
    const path = r.action === undefined ? `/${r.resource}` : `/${r.resource}/{id}/${r.action}`;
    const schema = toJsonSchema(r.payload);
    const omitted = [r.pathId, r.creates?.field].filter((f): f is string => f !== undefined);
    (paths[path] ??= {}).post = {
      operationId: r.type,
      summary: r.summary,
      description: `Roles: ${r.roles.join(', ')} (and admin). ${omitted.length ? `\`${omitted.join('`, `')}\` may be left out of the body.` : ''}`,
      tags: [r.resource],
      parameters: [...(r.action === undefined ? [] : [idParam]), ...COMMAND_HEADERS],
      requestBody: { required: true, content: { 'application/json': { schema: relax(schema, omitted) } } },
      responses: {
        [r.creates ? 201 : 200]: {
          description: r.creates ? 'Created: Location and ETag headers' : 'Done: the new ETag',
          content: {
            'application/json': {
              schema: { type: 'object', required: ['id', 'version'], properties: created },
            },
          },
        },
        ...ERRORS,
      },
      security: [{ bearer: [] }],
    };
  }
  for (const r of reads) {
    (paths[`/${r.resource}/{id}`] ??= {}).get = {
      operationId: `get-${r.resource}`,
      summary: r.summary,
      description: `Roles: ${r.readers ? `${r.readers.join(', ')} (and admin)` : 'any'}.`,
      tags: [r.resource],
      parameters: [idParam, ...AS_OF_PARAMETERS],
      responses: {
        200: {
          description: 'Current state; ETag W/"<version>". With asOf: the state then, its asOf and timeline',
          content: { 'application/json': { schema: STATE_SCHEMA } },
        },
        400: ERRORS[400],
        401: ERRORS[401],
        404: ERRORS[404],
      },
      security: [{ bearer: [] }],
    };
  }
  Object.assign(paths, reports.paths);
  const history = historyOpenApi();
  Object.assign(paths, history.paths);
  Object.assign(paths, verifyOpenApi);
  const notifications = notificationsOpenApi();
  Object.assign(paths, notifications.paths);
  Object.assign(paths, paymentsOpenApi().paths);
  paths['/health/live'] = {
    get: { summary: 'The process answers', responses: { 200: { description: 'ok' } } },
  };
  paths['/health/ready'] = {
    get: {
      summary: 'The database answers',
      responses: { 200: { description: 'ok' }, 503: problemResponse('Not ready') },
    },
  };
  paths['/metrics'] = {
    get: {
      summary: 'Prometheus metrics: the log head and each read model checkpoint and lag',
      responses: { 200: { description: 'text/plain; version=0.0.4', content: { 'text/plain': {} } } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'casebook API',
      version: '0.1.0',
      description: 'Complaints, refunds, escalations: every fact stamped with who did it.',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: PROBLEM_SCHEMA, ...reports.schemas, ...history.schemas, ...notifications.schemas },
    },
  };
}

/** Fields the path fills (or the server makes up) are optional in the body. */
function relax(schema: JsonSchema, omitted: string[]): JsonSchema {
  const required = schema.required;
  return Array.isArray(required)
    ? { ...schema, required: required.filter((k: unknown) => !omitted.includes(k as string)) }
    : schema;
}

const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { path: { type: 'string' }, reason: { type: 'string' } } },
    },
  },
};
