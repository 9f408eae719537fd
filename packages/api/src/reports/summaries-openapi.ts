import { CSV, ERRORS, FORMAT, ROLES, query, type Operation, type Paths } from './report-openapi';
import { SUMMARY_ROUTES, type SummaryRoute } from './summaries';

export const summaryOperation = (r: SummaryRoute): Operation => ({
  operationId: `report-${r.path.replace('/', '-')}`,
  summary: r.summary,
  description: `${ROLES} ${r.description}`,
  tags: ['reports'],
  parameters: [
    ...r.params.map((p) => query(p.name, p.schema, p.description, p.required ? { required: true } : {})),
    FORMAT,
  ],
  responses: {
    200: {
      description: 'The rows',
      content: {
        'application/json': {
          schema: { type: 'object', required: ['items'], properties: { items: { type: 'array' } } },
        },
        ...CSV,
      },
    },
    ...ERRORS,
  },
  security: [{ bearer: [] }],
});

/** The aggregate reports' paths of the API document. */
export const summaryOpenApi = (): Paths =>
  Object.fromEntries(
    Object.values(SUMMARY_ROUTES).map((r) => [`/reports/${r.path}`, { get: summaryOperation(r) }]),
  );
