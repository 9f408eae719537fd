import { DEFAULT_HISTORY_LIMIT, MAX_HISTORY_LIMIT } from '@casebook/projections';
import { PROBLEM_CONTENT_TYPE } from '../http/problem';
import { HISTORY_ROUTES } from './history-routes';

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});
const query = (name: string, schema: object, description: string) => ({
  name,
  in: 'query',
  required: false,
  schema,
  description,
});

/** One history entry, as `toHistoryEntry` (in @casebook/projections) writes it. */
const ENTRY = {
  type: 'object',
  required: [
    'eventId',
    'type',
    'data',
    'actor',
    'occurredAt',
    'recordedAt',
    'streamId',
    'globalPosition',
    'hash',
  ],
  properties: {
    eventId: { type: 'string', format: 'uuid' },
    type: { type: 'string' },
    schemaVersion: { type: 'integer' },
    data: { type: 'object', description: 'the event payload as stored' },
    actor: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        kind: { type: 'string', description: 'the role the caller acted in' },
        onBehalfOf: {
          type: ['object', 'null'],
          properties: { kind: { type: 'string' }, id: { type: 'string' } },
        },
      },
    },
    channel: { type: ['string', 'null'] },
    occurredAt: { type: 'string', format: 'date-time', description: 'when the command says it happened' },
    recordedAt: { type: 'string', format: 'date-time', description: 'when the store recorded it' },
    correlationId: { type: 'string' },
    causationId: { type: 'string' },
    streamId: { type: 'string' },
    streamPosition: { type: 'integer' },
    globalPosition: { type: 'integer' },
    hash: { type: 'string', description: "the event's link in its stream's SHA-256 chain, hex" },
  },
};

const PAGE = {
  type: 'object',
  required: ['id', 'streams', 'items', 'nextCursor', 'next'],
  properties: {
    id: { type: 'string' },
    streams: { type: 'array', items: { type: 'string' }, description: 'the streams merged, its own first' },
    items: { type: 'array', items: { $ref: '#/components/schemas/HistoryEntry' } },
    nextCursor: { type: ['string', 'null'] },
    next: { type: ['string', 'null'], description: 'the next page’s path, null at the end' },
  },
};

/** The `GET /<resource>/{id}/history` routes of the API document, from the table they run on. */
export function historyOpenApi() {
  const paths = Object.fromEntries(
    HISTORY_ROUTES.map((r) => [
      `/${r.resource}/{id}/history`,
      {
        get: {
          operationId: `history-${r.resource}`,
          summary: r.summary,
          description: `Roles: ${r.readers.join(', ')} (and admin).`,
          tags: [r.resource, 'audit'],
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            query('cursor', { type: 'string' }, 'the previous page’s nextCursor'),
            query(
              'limit',
              { type: 'integer', minimum: 1, maximum: MAX_HISTORY_LIMIT, default: DEFAULT_HISTORY_LIMIT },
              'events per page',
            ),
          ],
          responses: {
            200: { description: 'A page of events', content: { 'application/json': { schema: PAGE } } },
            400: problem('A bad cursor or limit, named'),
            401: problem('Missing or bad bearer token'),
            403: problem('The caller’s roles do not allow this'),
            404: problem('Unknown resource'),
          },
          security: [{ bearer: [] }],
        },
      },
    ]),
  );
  return { paths, schemas: { HistoryEntry: ENTRY } };
}

/** `?asOf=&timeline=` of `GET /<resource>/{id}`. */
export const AS_OF_PARAMETERS = [
  query(
    'asOf',
    { type: 'string', format: 'date-time' },
    'the state as of this UTC instant (no ETag then); absent: the current state',
  ),
  query(
    'timeline',
    // No `default`: the browser would send it, and timeline without asOf is refused (400).
    { type: 'string', enum: ['recorded', 'occurred'] },
    'only with asOf (recorded when absent). recorded: what the store held then; occurred: the facts that had happened by then (backdated ones included)',
  ),
];
