import { CLOCK_READERS } from '../auth/role-sets';
import { CLOCK_MILESTONES, CLOCKS_MAX_LIMIT, REGIMES } from '@casebook/projections';
import { ERRORS, ROLES, query, type Paths } from '../reports/report-openapi';

const instant = (name: string, description: string) =>
  query(name, { type: 'string', format: 'date-time' }, `${description} (ISO-8601 UTC)`, { required: true });

/** The clocks' paths of the API document: one complaint's clocks and the report across complaints. */
export const clocksOpenApi = (): Paths => ({
  '/complaints/{id}/clocks': {
    get: {
      operationId: 'get-complaint-clocks',
      summary: 'Every regulatory deadline of one complaint: due, met, status',
      description: `Roles: ${CLOCK_READERS.join(', ')} (and admin). Replays the complaint and judges its clocks at the server’s clock under the policy version its regime and filing instant select. See docs/audit.md.`,
      tags: ['audit'],
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        200: { description: 'The clocks' },
        401: ERRORS[401],
        403: ERRORS[403],
        404: { description: 'No such complaint' },
      },
      security: [{ bearer: [] }],
    },
  },
  '/reports/clocks': {
    get: {
      operationId: 'report-clocks',
      summary: 'Regulatory clocks across complaints: milestones due in a period by outcome, and the breaches',
      description: `${ROLES} From the complaints model, judged at the server’s clock. See docs/reporting.md.`,
      tags: ['reports'],
      parameters: [
        instant('from', 'start of the range of due instants, inclusive'),
        instant('to', 'end of the range, exclusive'),
        query('regime', { type: 'string', enum: [...REGIMES] }, 'only this regime'),
        query('milestone', { type: 'string', enum: CLOCK_MILESTONES }, 'only this milestone'),
        query(
          'limit',
          { type: 'integer', minimum: 1, maximum: CLOCKS_MAX_LIMIT },
          'breaches per page (default 100)',
        ),
        query('cursor', { type: 'string' }, 'the nextCursor of the previous page'),
      ],
      responses: { 200: { description: '{ counts, breaches, nextCursor }' }, ...ERRORS },
      security: [{ bearer: [] }],
    },
  },
});
