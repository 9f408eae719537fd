import { ADMINS, CLOCK_READERS } from '../auth/role-sets';
import { PROBLEM_CONTENT_TYPE } from '../http/problem';

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});
const json = (description: string, schema: object) => ({
  description,
  content: { 'application/json': { schema } },
});
const nullable = (type: string, format?: string) => ({
  type: [type, 'null'],
  ...(format === undefined ? {} : { format }),
});

/** One outbox message's delivery status (`OutboxStatus`): never its body, the recipient by id. */
const MESSAGE = {
  type: 'object',
  required: ['id', 'key', 'topic', 'recipient', 'status', 'attempts', 'createdAt'],
  properties: {
    id: { type: 'string', description: 'the outbox row id (digits)' },
    key: { type: 'string', description: 'the idempotency key receivers see' },
    process: { type: 'string' },
    topic: { type: 'string' },
    recipient: {
      type: 'object',
      properties: {
        kind: { enum: ['customer', 'staff'] },
        customerId: { type: 'string' },
        actorId: { type: 'string' },
      },
    },
    complaintId: nullable('string'),
    subject: { type: 'string' },
    status: { enum: ['pending', 'delivered', 'dead'] },
    transport: { ...nullable('string'), description: 'the transport of the last attempt' },
    attempts: { type: 'integer' },
    lastError: nullable('string'),
    nextAttemptAt: { ...nullable('string', 'date-time'), description: 'while pending' },
    deliveredAt: nullable('string', 'date-time'),
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
};
const ref = { $ref: '#/components/schemas/OutboxMessage' };
const idParam = (description: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', maxLength: 200 },
  description,
});
const query = (name: string, schema: object, description: string) => ({
  name,
  in: 'query',
  required: false,
  schema,
  description,
});
const common = {
  401: problem('Missing or bad bearer token'),
  403: problem('The caller’s roles do not allow this'),
};

/** The notification routes of the API document. */
export const notificationsOpenApi = () => ({
  schemas: { OutboxMessage: MESSAGE },
  paths: {
    '/complaints/{id}/notifications': {
      get: {
        operationId: 'complaint-notifications',
        summary: 'The outbound messages about a complaint and their delivery status',
        description: `Roles: ${CLOCK_READERS.join(', ')} (and admin).`,
        tags: ['complaints'],
        parameters: [idParam('the complaint id')],
        responses: {
          200: json('Oldest first', {
            type: 'object',
            required: ['complaintId', 'items'],
            properties: { complaintId: { type: 'string' }, items: { type: 'array', items: ref } },
          }),
          400: problem('The id is not a complaint id'),
          ...common,
          404: problem('No such complaint'),
        },
        security: [{ bearer: [] }],
      },
    },
    '/outbox/dead-letters': {
      get: {
        operationId: 'outbox-dead-letters',
        summary: 'Messages given up on, newest first',
        description: `Roles: ${ADMINS.join(', ')}.`,
        tags: ['outbox'],
        parameters: [
          query('limit', { type: 'integer', minimum: 1, maximum: 200 }, 'page size (default 50)'),
          query(
            'before',
            { type: 'string', pattern: '^[1-9][0-9]{0,17}$' },
            'the last id of the previous page',
          ),
        ],
        responses: {
          200: json('A page', {
            type: 'object',
            required: ['items', 'next'],
            properties: { items: { type: 'array', items: ref }, next: nullable('string') },
          }),
          400: problem('A bad query parameter, named'),
          ...common,
          503: problem('No database, so no outbox'),
        },
        security: [{ bearer: [] }],
      },
    },
    '/outbox/{id}/retry': {
      post: {
        operationId: 'outbox-retry',
        summary: 'Send a dead letter again (its attempts start afresh; the key stays)',
        description: `Roles: ${ADMINS.join(', ')}.`,
        tags: ['outbox'],
        parameters: [idParam('the message id or key')],
        responses: {
          200: json('Queued again', ref),
          400: problem('The id is not single-line text of at most 200 characters'),
          ...common,
          404: problem('No such message'),
          409: problem('The message is not dead'),
          503: problem('No database, so no outbox'),
        },
        security: [{ bearer: [] }],
      },
    },
  },
});
