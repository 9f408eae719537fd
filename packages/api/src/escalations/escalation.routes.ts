import { escalationAggregate } from '@casebook/domain';
import { CASE_WORKERS, SUPERVISORS } from '../auth/role-sets';
import type { CommandRoute } from '../commands/command-route';
import { commandRoutes } from '../commands/command-routes';
import { RunEscalationCommand } from './escalation.handler';

/** Supervisors handle escalations; agents raise them. */
const escalations = commandRoutes(escalationAggregate, {
  resource: 'escalations',
  idField: 'escalationId',
  roles: SUPERVISORS,
  message: (command, request) => new RunEscalationCommand(command, request),
});

/** `POST /complaints/{id}/escalations`: the escalation and the complaint's link, in one atomic append. */
export const raiseEscalationRoute = escalations.action(
  'escalations',
  'RaiseEscalation',
  'Escalate a complaint (at most one open escalation per complaint)',
  CASE_WORKERS,
  { resource: 'complaints', idField: 'complaintId' },
);

export const escalationActionRoutes: readonly CommandRoute[] = [
  escalations.action('acknowledge', 'AcknowledgeEscalation', 'Take on an escalation'),
  escalations.action('raise-level', 'RaiseEscalationLevel', 'Raise the level (never lowers)'),
  escalations.action('de-escalate', 'DeEscalate', 'De-escalate: closes the escalation'),
  escalations.action('close', 'CloseEscalation', 'Close with a resolution'),
];
