import type { EventToAppend } from '@casebook/event-store';
import { foldAll } from '../runner/apply-page';
import { asStored, interactionEnded, interactionQueued, interactionStarted, toAppend } from '../testing';
import type { InteractionRow } from './interaction.entity';
import { interactionsProjection } from './interactions.projection';

const I = 'i-1';
const rows = (events: EventToAppend[]): Map<string, InteractionRow> =>
  foldAll(interactionsProjection, asStored(events));
const contact = (events: EventToAppend[]): InteractionRow | undefined => rows(events).get(I);

const queued = interactionQueued(I, 'cust-1', { channel: 'chat', queuedAt: '2024-03-01T08:50:00Z' });
const accepted = toAppend('InteractionAccepted', {
  interactionId: I,
  agentId: 'agent-2',
  acceptedAt: '2024-03-01T08:52:00Z',
});
const held = toAppend('InteractionPutOnHold', { interactionId: I, heldAt: '2024-03-01T08:55:00Z' });
const resumed = toAppend('InteractionResumed', { interactionId: I, resumedAt: '2024-03-01T08:56:00Z' });
const linked = (complaintId: string) =>
  toAppend('InteractionLinkedToComplaint', { interactionId: I, complaintId });

describe('interactions read model: evolve', () => {
  it('follows a queued contact from queue to end, with its handling times', () => {
    const row = contact([
      queued,
      accepted,
      held,
      resumed,
      interactionEnded(I, '2024-03-01T09:10:00Z', { talkSeconds: 900, holdSeconds: 60, wrapUpSeconds: 120 }),
      linked('c-1'),
    ]);
    expect(row).toEqual<InteractionRow>({
      interactionId: I,
      customerId: 'cust-1',
      channel: 'chat',
      direction: 'inbound',
      agentId: 'agent-2',
      complaintId: 'c-1',
      status: 'ended',
      queuedAt: '2024-03-01T08:50:00Z',
      acceptedAt: '2024-03-01T08:52:00Z',
      startedAt: '2024-03-01T08:52:00Z',
      endedAt: '2024-03-01T09:10:00Z',
      talkSeconds: 900,
      holdSeconds: 60,
      wrapUpSeconds: 120,
      lastEventPosition: 6n,
    });
  });

  it('has a queued contact wait with no agent, then become active when accepted', () => {
    expect(contact([queued])).toMatchObject({
      status: 'queued',
      agentId: null,
      startedAt: null,
      talkSeconds: null,
    });
    expect(contact([queued, accepted])?.status).toBe('active');
    expect(contact([queued, accepted, held])?.status).toBe('on_hold');
    expect(contact([queued, accepted, held, resumed])?.status).toBe('active');
  });

  it('starts a contact begun by an agent as active, never queued, with the complaint it names', () => {
    const row = contact([
      interactionStarted(I, 'cust-2', {
        direction: 'outbound',
        channel: 'in_person',
        agentId: 'agent-5',
        complaintId: 'c-7',
      }),
    ]);
    expect(row).toMatchObject({
      customerId: 'cust-2',
      channel: 'in_person',
      direction: 'outbound',
      status: 'active',
      agentId: 'agent-5',
      complaintId: 'c-7',
      queuedAt: null,
      acceptedAt: null,
      startedAt: '2024-03-01T10:00:00Z',
      endedAt: null,
    });
  });

  it('takes the complaint from a queued payload, or from a later link', () => {
    expect(contact([interactionQueued(I, 'cust-1', { complaintId: 'c-3' })])?.complaintId).toBe('c-3');
    expect(contact([queued, accepted, linked('c-4')])?.complaintId).toBe('c-4');
  });

  it('ignores events of a contact it never saw created', () => {
    expect(rows([accepted, held, interactionEnded(I, '2024-03-01T09:10:00Z')]).size).toBe(0);
  });
});
