import { escalationAggregate } from '@casebook/domain';
import { CASE_WORKERS, SUPERVISORS } from '../auth/role-sets';
import type { CommandRoute } from '../commands/command-route';
import { commandRoutes } from '../commands/command-routes';
import { RunEscalationCommand } from './escalation.handler';

const escalations = commandRoutes(escalationAggregate, {
  resource: 'escalations',
  idField: 'escalationId',
  message: (command, request) => new RunEscalationCommand(command, request),
});

/** `POST /complaints/{id}/escalations`: agents raise escalations (to a supervisor). */
export const raiseEscalationRoute = escalations.action('escalations', 'RaiseEscalation', {
  summary: 'Escalate a complaint (at most one open escalation per complaint)',
  roles: CASE_WORKERS,
  under: { resource: 'complaints', idField: 'complaintId' },
});

/** Supervisors handle escalations. */
export const escalationActionRoutes: readonly CommandRoute[] = [
  escalations.action('acknowledge', 'AcknowledgeEscalation', {
    summary: 'Take on an escalation',
    roles: SUPERVISORS,
  }),
  escalations.action('raise-level', 'RaiseEscalationLevel', {
    summary: 'Raise the level (never lowers)',
    roles: SUPERVISORS,
  }),
  escalations.action('de-escalate', 'DeEscalate', {
    summary: 'De-escalate: closes the escalation',
    roles: SUPERVISORS,
  }),
  escalations.action('close', 'CloseEscalation', { summary: 'Close with a resolution', roles: SUPERVISORS }),
];
