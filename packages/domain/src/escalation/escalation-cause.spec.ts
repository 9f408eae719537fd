import { commandsOf, eventsOf, meta, specFor } from '../testing';
import { escalationCommandPayloads } from './commands';
import { escalationEventPayloads } from './events';
import { escalationDecider } from './index';

const { given } = specFor(escalationDecider);
const ev = eventsOf(escalationEventPayloads);
const build = commandsOf(escalationCommandPayloads);
const now = '2024-03-06T10:00:00Z';
const m = meta(now, 'system', 'process:sla');
const escalationId = 'e-1';
const raised = ev('EscalationRaised', {
  escalationId,
  complaintId: 'c-1',
  level: 1,
  trigger: 'sla_breach',
  reason: 'SLA target acknowledgement breached',
  cause: 'sla-breach:acknowledgement',
  raisedAt: now,
});

describe('escalation: a cause raises a level once', () => {
  const raise = (cause: string) =>
    build('RaiseEscalationLevel', { escalationId, toLevel: 2, reason: 'SLA target breached', cause }, m);
  const levelRaised = ev('EscalationLevelRaised', {
    escalationId,
    fromLevel: 1,
    toLevel: 2,
    reason: 'SLA target breached',
    cause: 'sla-breach:first_response',
    raisedAt: now,
  });

  it('raises the level for a new cause', () => {
    given([raised]).when(raise('sla-breach:first_response')).then([levelRaised]);
  });

  it('records nothing when the same cause comes again, whatever level it asks for', () => {
    given([raised, levelRaised]).when(raise('sla-breach:first_response')).thenNothingHappens();
    given([raised]).when(raise('sla-breach:acknowledgement')).thenNothingHappens();
  });
});
