import {
  interactionCommandPayloads,
  interactionDecider,
  interactionEventCodec,
  interactionStreamId,
  type InteractionEvent,
  type InteractionId,
  type InteractionState,
} from '@casebook/domain';
import type { Role } from '../auth/jwt';
import type { CommandRoute } from '../commands/command-route';
import { slice } from '../commands/slice';
import { storedCodec } from '../commands/stored-codec';
import { view } from '../queries/aggregate-view';

const codec = storedCodec(interactionEventCodec);
const WORKERS: readonly Role[] = ['agent', 'supervisor'];

export const interactionView = view<InteractionState, InteractionEvent>({
  resource: 'interactions',
  streamId: (id) => interactionStreamId(id as InteractionId),
  decider: interactionDecider,
  codec,
});

const interactions = slice({
  resource: 'interactions',
  idField: 'interactionId',
  streamId: (id) => interactionStreamId(id as InteractionId),
  decider: interactionDecider as never,
  codec: codec as never,
  payloads: interactionCommandPayloads,
});

/** `POST /interactions` logs a contact an agent handles now; a queued one is created at its own id. */
export const startInteractionRoute = interactions.create(
  'StartInteraction',
  'Log a contact being handled',
  WORKERS,
);

export const interactionActionRoutes: readonly CommandRoute[] = [
  interactions.act('queue', 'QueueInteraction', 'Queue a contact under this id (creates it)', WORKERS, true),
  interactions.act('accept', 'AcceptInteraction', 'An agent accepts a queued contact', WORKERS),
  interactions.act('hold', 'PutInteractionOnHold', 'Put on hold', WORKERS),
  interactions.act('resume', 'ResumeInteraction', 'Resume from hold', WORKERS),
  interactions.act('link-complaint', 'LinkInteractionToComplaint', 'Attach to a complaint', WORKERS),
  interactions.act('end', 'EndInteraction', 'End with summary and talk/hold/wrap-up seconds', WORKERS),
];
