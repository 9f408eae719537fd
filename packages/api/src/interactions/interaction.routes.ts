import { interactionAggregate } from '@casebook/domain';
import { CASE_WORKERS as roles } from '../auth/role-sets';
import type { CommandRoute } from '../commands/command-route';
import { commandRoutes } from '../commands/command-routes';
import { RunInteractionCommand } from './interaction.handler';

const interactions = commandRoutes(interactionAggregate, {
  resource: 'interactions',
  idField: 'interactionId',
  message: (command, request) => new RunInteractionCommand(command, request),
});

/** `POST /interactions` logs a contact an agent handles now; a queued one is created at its own id. */
export const startInteractionRoute = interactions.create('StartInteraction', {
  summary: 'Log a contact being handled',
  roles,
});

export const interactionActionRoutes: readonly CommandRoute[] = [
  interactions.action('queue', 'QueueInteraction', {
    summary: 'Queue a contact under this id (creates it)',
    roles,
  }),
  interactions.action('accept', 'AcceptInteraction', { summary: 'An agent accepts a queued contact', roles }),
  interactions.action('hold', 'PutInteractionOnHold', { summary: 'Put on hold', roles }),
  interactions.action('resume', 'ResumeInteraction', { summary: 'Resume from hold', roles }),
  interactions.action('link-complaint', 'LinkInteractionToComplaint', {
    summary: 'Attach to a complaint',
    roles,
  }),
  interactions.action('end', 'EndInteraction', {
    summary: 'End with summary and talk/hold/wrap-up seconds',
    roles,
  }),
];
