import { commandsOf, eventsOf, meta, specFor } from '../testing';
import { interactionCommandPayloads } from './commands';
import { interactionEventPayloads } from './events';
import { interactionDecider } from './index';

const { given } = specFor(interactionDecider);
const ev = eventsOf(interactionEventPayloads);
const build = commandsOf(interactionCommandPayloads);
const now = '2024-03-06T10:00:00Z';
const m = meta(now, 'agent', 'agent-1');
const interactionId = 'i-1';
const contact = { interactionId, customerId: 'cust-1', channel: 'chat', direction: 'inbound' } as const;
const queued = ev('InteractionQueued', { ...contact, queuedAt: now });
const accepted = ev('InteractionAccepted', { interactionId, agentId: 'agent-1', acceptedAt: now });
const held = ev('InteractionPutOnHold', { interactionId, heldAt: now });
const end = {
  interactionId,
  summary: 'Explained delay',
  talkSeconds: 300,
  holdSeconds: 45,
  wrapUpSeconds: 60,
};
const ended = ev('InteractionEnded', { ...end, endedAt: now });

describe('interaction', () => {
  it('queues a contact on any channel, then an agent accepts it', () => {
    given([])
      .when(build('QueueInteraction', contact, m))
      .then([queued]);
    given([queued])
      .when(build('AcceptInteraction', { interactionId, agentId: 'agent-1' }, m))
      .then([accepted]);
    given([queued, accepted])
      .when(build('QueueInteraction', contact, m))
      .thenFails('InteractionAlreadyExists');
  });

  it('starts an outbound or in-person contact directly, linked to a complaint', () => {
    const data = {
      ...contact,
      channel: 'in_person',
      direction: 'outbound',
      agentId: 'agent-1',
      complaintId: 'c-1',
    } as const;
    given([])
      .when(build('StartInteraction', data, m))
      .then([ev('InteractionStarted', { ...data, startedAt: now })]);
  });

  it('holds and resumes; repeating either records nothing', () => {
    given([queued, accepted])
      .when(build('PutInteractionOnHold', { interactionId }, m))
      .then([held]);
    given([queued, accepted, held])
      .when(build('PutInteractionOnHold', { interactionId }, m))
      .thenNothingHappens();
    given([queued, accepted, held])
      .when(build('ResumeInteraction', { interactionId }, m))
      .then([ev('InteractionResumed', { interactionId, resumedAt: now })]);
    given([queued, accepted])
      .when(build('ResumeInteraction', { interactionId }, m))
      .thenNothingHappens();
    given([queued])
      .when(build('PutInteractionOnHold', { interactionId }, m))
      .thenFails('InvalidTransition');
  });

  it('ends with a summary and talk, hold and wrap-up seconds', () => {
    given([queued, accepted, held])
      .when(build('EndInteraction', end, m))
      .then([ended]);
    given([queued])
      .when(build('EndInteraction', end, m))
      .thenFails('InvalidTransition');
    given([queued, accepted, ended])
      .when(build('EndInteraction', end, m))
      .thenFails('InteractionEnded');
  });

  it('links to a complaint even after the contact ended, but to one complaint only', () => {
    const link = (complaintId: string) =>
      build('LinkInteractionToComplaint', { interactionId, complaintId }, m);
    const linked = given([queued, accepted, ended])
      .when(link('c-1'))
      .then([ev('InteractionLinkedToComplaint', { interactionId, complaintId: 'c-1' })]);
    given([queued, ...linked])
      .when(link('c-1'))
      .thenNothingHappens();
    given([queued, ...linked])
      .when(link('c-2'))
      .thenFails('AlreadyLinked');
  });

  it('refuses changes to an ended contact and to one that does not exist', () => {
    given([queued, accepted, ended])
      .when(build('ResumeInteraction', { interactionId }, m))
      .thenFails('InteractionEnded');
    given([])
      .when(build('AcceptInteraction', { interactionId, agentId: 'agent-1' }, m))
      .thenFails('InteractionNotFound');
  });
});
