import type { InteractionEvent } from './events';
import type { InteractionState } from './state';

/** Applies one interaction event. */
export const evolveInteraction = (state: InteractionState, event: InteractionEvent): InteractionState => {
  switch (event.type) {
    case 'InteractionQueued':
      return {
        status: 'queued',
        interactionId: event.data.interactionId,
        agentId: null,
        complaintId: event.data.complaintId ?? null,
      };
    case 'InteractionStarted':
      return {
        status: 'active',
        interactionId: event.data.interactionId,
        agentId: event.data.agentId,
        complaintId: event.data.complaintId ?? null,
      };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'InteractionAccepted':
      return { ...state, status: 'active', agentId: event.data.agentId };
    case 'InteractionPutOnHold':
      return { ...state, status: 'on_hold' };
    case 'InteractionResumed':
      return { ...state, status: 'active' };
    case 'InteractionLinkedToComplaint':
      return { ...state, complaintId: event.data.complaintId };
    case 'InteractionEnded':
      return { ...state, status: 'ended' };
  }
};
