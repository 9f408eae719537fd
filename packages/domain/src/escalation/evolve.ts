import type { EscalationEvent } from './events';
import type { EscalationState } from './state';

/** Applies one escalation event. */
export const evolveEscalation = (state: EscalationState, event: EscalationEvent): EscalationState => {
  if (event.type === 'EscalationRaised') {
    const { escalationId, complaintId, level } = event.data;
    return { status: 'raised', escalationId, complaintId, level, assigneeId: null };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'EscalationAcknowledged':
      return { ...state, status: 'acknowledged', assigneeId: event.data.assigneeId };
    case 'EscalationLevelRaised':
      return { ...state, level: event.data.toLevel };
    case 'EscalationDeEscalated':
    case 'EscalationClosed':
      return { ...state, status: 'closed' };
  }
};
