import { interactionAggregate } from '@casebook/domain';
import { CASE_WORKERS } from '../auth/role-sets';
import type { CommandRoute } from '../commands/command-route';
import { commandRoutes } from '../commands/command-routes';
import { RunInteractionCommand } from './interaction.handler';

const interactions = commandRoutes(interactionAggregate, {
  resource: 'interactions',
  idField: 'interactionId',
  roles: CASE_WORKERS,
  message: (command, request) => new RunInteractionCommand(command, request),
});

/** `POST /interactions` logs a contact an agent handles now; a queued one is created at its own id. */
export const startInteractionRoute = interactions.create('StartInteraction', 'Log a contact being handled');

export const interactionActionRoutes: readonly CommandRoute[] = [
  interactions.action('queue', 'QueueInteraction', 'Queue a contact under this id (creates it)'),
  interactions.action('accept', 'AcceptInteraction', 'An agent accepts a queued contact'),
  interactions.action('hold', 'PutInteractionOnHold', 'Put on hold'),
  interactions.action('resume', 'ResumeInteraction', 'Resume from hold'),
  interactions.action('link-complaint', 'LinkInteractionToComplaint', 'Attach to a complaint'),
  interactions.action('end', 'EndInteraction', 'End with summary and talk/hold/wrap-up seconds'),
];
