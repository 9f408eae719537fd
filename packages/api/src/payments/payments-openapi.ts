import { PROBLEM_CONTENT_TYPE } from '../http/problem';

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});
const id = { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,200}$' };

/** The callback a payment provider sends (docs/processes.md, "Refunds through a payment provider"). */
const CALLBACK = {
  type: 'object',
  required: ['id', 'type', 'data'],
  properties: {
    id: { ...id, description: "the provider's event id: a second callback with it changes nothing" },
    type: { type: 'string', enum: ['refund.settled', 'refund.failed'] },
    created: { type: 'string', format: 'date-time' },
    data: {
      type: 'object',
      required: ['id', 'idempotencyKey'],
      properties: {
        id: { ...id, description: "the provider's refund id (the refund's providerReference)" },
        idempotencyKey: { ...id, description: "casebook's refund id, sent as Idempotency-Key" },
        failureReason: { type: 'string', maxLength: 2000, description: 'with refund.failed' },
      },
    },
  },
};

/** The payment routes of the API document. */
export const paymentsOpenApi = () => ({
  paths: {
    '/payments/callbacks': {
      post: {
        operationId: 'payment-callback',
        summary: 'A payment provider reports that a refund settled or failed',
        description:
          'No bearer token: the provider signs the raw body. `Casebook-Signature: t=<unix seconds>,v1=<hex ' +
          'HMAC-SHA256 of "<t>.<body>">` with PAYMENTS_CALLBACK_SECRET; a timestamp further from now than ' +
          'PAYMENTS_CALLBACK_TOLERANCE_SECONDS is refused. Any answer but 2xx makes the provider send it again.',
        tags: ['payments'],
        parameters: [
          {
            name: 'Casebook-Signature',
            in: 'header',
            required: true,
            schema: { type: 'string' },
            description: 't=<unix seconds>,v1=<hex HMAC-SHA256>',
          },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: CALLBACK } } },
        responses: {
          200: {
            description: 'Recorded now, or earlier (`replay: true`: nothing changed)',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['eventId', 'refundId', 'outcome', 'replay'],
                  properties: {
                    eventId: { type: 'string' },
                    refundId: { type: 'string' },
                    outcome: { type: 'string', enum: ['settled', 'failed'] },
                    replay: { type: 'boolean' },
                  },
                },
              },
            },
          },
          400: problem('A bad or stale signature header, or a bad body field, named'),
          401: problem('The signature does not match'),
          404: problem('No such refund, or payments are not configured here'),
          422: problem('The refund cannot take this outcome (yet): e.g. not issued'),
        },
      },
    },
  },
});
