import type { DomainEvent } from '@casebook/domain';
import type { StoredEvent } from '@casebook/event-store';
import { decodeStored, type EventOfType as Of } from '../read-models/decode';
import type { InteractionRow } from './interaction.entity';

type Created = Of<'InteractionQueued'> | Of<'InteractionStarted'>;

/** A queued contact has no agent yet; a started one began with its agent. */
const created = (e: Created, position: bigint): InteractionRow => {
  const { data } = e;
  const queued = e.type === 'InteractionQueued' ? e.data.queuedAt : null;
  return {
    interactionId: data.interactionId,
    customerId: data.customerId,
    channel: data.channel,
    direction: data.direction,
    agentId: e.type === 'InteractionStarted' ? e.data.agentId : null,
    complaintId: data.complaintId ?? null,
    status: queued === null ? 'active' : 'queued',
    queuedAt: queued,
    acceptedAt: null,
    startedAt: e.type === 'InteractionStarted' ? e.data.startedAt : null,
    endedAt: null,
    talkSeconds: null,
    holdSeconds: null,
    wrapUpSeconds: null,
    lastEventPosition: position,
  };
};

/** The columns an event changes; statuses follow the domain's `evolveInteraction`. */
const patch = (row: InteractionRow, e: DomainEvent): Partial<InteractionRow> => {
  switch (e.type) {
    case 'InteractionAccepted':
      // For a queued contact, the agent starts on it when accepting it.
      return {
        status: 'active',
        agentId: e.data.agentId,
        acceptedAt: e.data.acceptedAt,
        startedAt: row.startedAt ?? e.data.acceptedAt,
      };
    case 'InteractionPutOnHold':
      return { status: 'on_hold' };
    case 'InteractionResumed':
      return { status: 'active' };
    case 'InteractionLinkedToComplaint':
      return { complaintId: e.data.complaintId };
    case 'InteractionEnded':
      return {
        status: 'ended',
        endedAt: e.data.endedAt,
        talkSeconds: e.data.talkSeconds,
        holdSeconds: e.data.holdSeconds,
        wrapUpSeconds: e.data.wrapUpSeconds,
      };
    default:
      return {};
  }
};

/**
 * The interactions fold. Pure; an event for a contact whose `InteractionQueued` or
 * `InteractionStarted` was never seen changes nothing, since the domain cannot produce one.
 */
export const evolveInteractionRow = (
  row: InteractionRow | null,
  event: StoredEvent,
): InteractionRow | null => {
  const e = decodeStored(event);
  if (e.type === 'InteractionQueued' || e.type === 'InteractionStarted')
    return created(e, event.globalPosition);
  if (row === null) return null;
  return { ...row, ...patch(row, e), lastEventPosition: event.globalPosition };
};
