import { PROBLEM_CONTENT_TYPE } from '../http/problem';
import { AUDITORS } from '../auth/role-sets';

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});

const brokenLink = {
  type: 'object',
  required: ['streamId', 'position', 'kind', 'detail'],
  properties: {
    streamId: { type: 'string' },
    position: { type: 'integer', description: 'The first stream position where the chain does not hold' },
    kind: { enum: ['content', 'missing', 'inserted', 'order', 'duplicate'] },
    detail: { type: 'string' },
    storedHash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    expectedHash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
  },
};

/** `GET /audit/streams/{streamId}/verify` in the API document. */
export const verifyOpenApi = {
  '/audit/streams/{streamId}/verify': {
    get: {
      operationId: 'verify-stream',
      summary: 'Recompute a stream’s hash chain and report the first broken link',
      description: `Roles: ${AUDITORS.join(', ')} (and admin). A broken chain is a 200 with ok: false.`,
      tags: ['audit'],
      parameters: [
        { name: 'streamId', in: 'path', required: true, schema: { type: 'string', maxLength: 200 } },
      ],
      responses: {
        200: {
          description: 'The verification',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['streamId', 'events', 'ok'],
                properties: {
                  streamId: { type: 'string' },
                  events: { type: 'integer' },
                  ok: { type: 'boolean' },
                  brokenAt: brokenLink,
                },
              },
            },
          },
        },
        400: problem('The stream id is longer than 200 characters'),
        401: problem('Missing or bad bearer token'),
        403: problem('The caller’s roles do not allow this'),
        404: problem('No such stream'),
      },
      security: [{ bearer: [] }],
    },
  },
};
