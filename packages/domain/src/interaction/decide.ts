import * as E from 'fp-ts/Either';
import type { Of } from '../shared/messages';
import type { InteractionCommand } from './commands';
import { interactionError, type InteractionError } from './errors';
import type { InteractionEvent } from './events';
import type { InteractionFacts, InteractionState, InteractionStatus } from './state';

type Result = E.Either<InteractionError, ReadonlyArray<InteractionEvent>>;
type Existing = InteractionFacts & { readonly status: InteractionStatus };

const refuse = (s: Existing, what: string): Result =>
  E.left(interactionError('InvalidTransition', `cannot ${what} an interaction that is ${s.status}`));

const create = (command: Of<InteractionCommand, 'QueueInteraction' | 'StartInteraction'>): Result =>
  command.type === 'QueueInteraction'
    ? E.right([{ type: 'InteractionQueued', data: { ...command.data, queuedAt: command.metadata.now } }])
    : E.right([{ type: 'InteractionStarted', data: { ...command.data, startedAt: command.metadata.now } }]);

/** A contact belongs to at most one complaint; linking it again to the same one changes nothing. */
const link = ({ data }: Of<InteractionCommand, 'LinkInteractionToComplaint'>, s: Existing): Result => {
  if (s.complaintId === data.complaintId) return E.right([]);
  if (s.complaintId !== null)
    return E.left(interactionError('AlreadyLinked', `linked to complaint ${s.complaintId}`));
  return E.right([{ type: 'InteractionLinkedToComplaint', data }]);
};

const decideExisting = (
  command: Exclude<InteractionCommand, { type: 'QueueInteraction' | 'StartInteraction' }>,
  s: Existing,
): Result => {
  const { metadata } = command;
  const id = { interactionId: s.interactionId };
  switch (command.type) {
    case 'AcceptInteraction':
      if (s.status !== 'queued') return refuse(s, 'accept');
      return E.right([{ type: 'InteractionAccepted', data: { ...command.data, acceptedAt: metadata.now } }]);
    case 'PutInteractionOnHold':
      if (s.status === 'on_hold') return E.right([]);
      return s.status === 'active'
        ? E.right([{ type: 'InteractionPutOnHold', data: { ...id, heldAt: metadata.now } }])
        : refuse(s, 'hold');
    case 'ResumeInteraction':
      if (s.status === 'active') return E.right([]);
      return s.status === 'on_hold'
        ? E.right([{ type: 'InteractionResumed', data: { ...id, resumedAt: metadata.now } }])
        : refuse(s, 'resume');
    case 'LinkInteractionToComplaint':
      return link(command, s);
    case 'EndInteraction':
      if (s.status === 'ended')
        return E.left(interactionError('InteractionEnded', 'the interaction has already ended'));
      if (s.status === 'queued') return refuse(s, 'end');
      return E.right([{ type: 'InteractionEnded', data: { ...command.data, endedAt: metadata.now } }]);
  }
};

/**
 * Decides an interaction command. An ended contact accepts only a link to a complaint (agents
 * often file the complaint after the call).
 */
export const decideInteraction = (command: InteractionCommand, state: InteractionState): Result => {
  if (command.type === 'QueueInteraction' || command.type === 'StartInteraction') {
    return state.status === 'none'
      ? create(command)
      : E.left(interactionError('InteractionAlreadyExists', 'the interaction exists'));
  }
  if (state.status === 'none')
    return E.left(interactionError('InteractionNotFound', `no interaction ${command.data.interactionId}`));
  if (
    state.status === 'ended' &&
    command.type !== 'LinkInteractionToComplaint' &&
    command.type !== 'EndInteraction'
  ) {
    return E.left(interactionError('InteractionEnded', 'the interaction has ended'));
  }
  return decideExisting(command, state);
};
