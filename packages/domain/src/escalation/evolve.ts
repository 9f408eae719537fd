import type { EscalationEvent } from './events';
import type { EscalationState } from './state';

/** Applies one escalation event. */
export const evolveEscalation = (state: EscalationState, event: EscalationEvent): EscalationState => {
  if (event.type === 'EscalationRaised') {
    const { escalationId, complaintId, level, cause } = event.data;
    const causes = cause === undefined ? [] : [cause];
    return { status: 'raised', escalationId, complaintId, level, assigneeId: null, causes };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'EscalationAcknowledged':
      return { ...state, status: 'acknowledged', assigneeId: event.data.assigneeId };
    case 'EscalationLevelRaised':
      return {
        ...state,
        level: event.data.toLevel,
        causes: event.data.cause === undefined ? state.causes : [...state.causes, event.data.cause],
      };
    case 'EscalationDeEscalated':
    case 'EscalationClosed':
      return { ...state, status: 'closed' };
  }
};
