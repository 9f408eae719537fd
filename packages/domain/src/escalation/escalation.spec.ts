import { commandsOf, eventsOf, meta, specFor } from '../testing';
import type { ComplaintId, EscalationId } from '../shared/ids';
import type { ComplaintStatus } from '../shared/statuses';
import { escalationCommandPayloads } from './commands';
import type { EscalationContext } from './context';
import { escalationEventPayloads } from './events';
import { escalationDecider } from './index';

const { given } = specFor(escalationDecider);
const ev = eventsOf(escalationEventPayloads);
const build = commandsOf(escalationCommandPayloads);
const now = '2024-03-06T10:00:00Z';
const m = meta(now, 'supervisor', 'sup-1');
const escalationId = 'e-1';

const context = (
  openEscalationId: string | null = null,
  status: ComplaintStatus = 'open',
): EscalationContext => ({
  complaint: {
    complaintId: 'c-1' as ComplaintId,
    status,
    openEscalationId: openEscalationId as EscalationId | null,
  },
});
const raiseData = {
  escalationId,
  complaintId: 'c-1',
  level: 2,
  trigger: 'sla_breach',
  reason: 'Final response overdue',
} as const;
const raise = build('RaiseEscalation', raiseData, m);
const raised = ev('EscalationRaised', { ...raiseData, raisedAt: now });
const acknowledged = ev('EscalationAcknowledged', { escalationId, assigneeId: 'sup-1', acknowledgedAt: now });
const closed = ev('EscalationClosed', { escalationId, resolution: 'Sorted', closedAt: now });

describe('escalation: raising', () => {
  it('raises an escalation on a complaint with none open', () => {
    given([]).when(raise, context()).then([raised]);
  });

  it('refuses a second open escalation on the same complaint', () => {
    const error = given([]).when(raise, context('e-0')).thenFails('EscalationAlreadyOpen');
    expect(error.details).toEqual({ escalationId: 'e-0' });
  });

  it('refuses to escalate a closed or missing complaint, or without context', () => {
    given([]).when(raise, context(null, 'closed')).thenFails('ComplaintClosed');
    given([]).when(raise, { complaint: null }).thenFails('ComplaintNotFound');
    given([]).when(raise).thenFails('ContextRequired');
  });

  it('refuses to raise the same escalation twice', () => {
    given([raised]).when(raise, context()).thenFails('EscalationAlreadyRaised');
  });
});

describe('escalation: handling', () => {
  const ack = (assigneeId: string) => build('AcknowledgeEscalation', { escalationId, assigneeId }, m);

  it('acknowledges and assigns; the same assignee again records nothing', () => {
    given([raised]).when(ack('sup-1')).then([acknowledged]);
    given([raised, acknowledged]).when(ack('sup-1')).thenNothingHappens();
  });

  it('raises the level', () => {
    given([raised, acknowledged])
      .when(build('RaiseEscalationLevel', { escalationId, toLevel: 3, reason: 'Needs a manager' }, m))
      .then([
        ev('EscalationLevelRaised', {
          escalationId,
          fromLevel: 2,
          toLevel: 3,
          reason: 'Needs a manager',
          raisedAt: now,
        }),
      ]);
  });

  it('never lowers the level, and refuses the current level as a no-op', () => {
    given([raised])
      .when(build('RaiseEscalationLevel', { escalationId, toLevel: 1, reason: 'Calmer now' }, m))
      .thenFails('LevelCannotDecrease');
    given([raised])
      .when(build('RaiseEscalationLevel', { escalationId, toLevel: 2, reason: 'Same' }, m))
      .thenFails('NothingChanged');
  });

  it('de-escalating closes the escalation', () => {
    const deEscalated = given([raised])
      .when(build('DeEscalate', { escalationId, reason: 'Customer satisfied' }, m))
      .then([
        ev('EscalationDeEscalated', { escalationId, reason: 'Customer satisfied', deEscalatedAt: now }),
      ]);
    given([raised, ...deEscalated])
      .when(ack('sup-2'))
      .thenFails('EscalationClosed');
  });

  it('closes once; closing again records nothing, other commands are refused', () => {
    const close = build('CloseEscalation', { escalationId, resolution: 'Sorted' }, m);
    given([raised, acknowledged]).when(close).then([closed]);
    given([raised, closed]).when(close).thenNothingHappens();
    given([raised, closed])
      .when(build('RaiseEscalationLevel', { escalationId, toLevel: 4, reason: 'x' }, m))
      .thenFails('EscalationClosed');
  });

  it('refuses commands on an escalation that was never raised', () => {
    given([]).when(ack('sup-1')).thenFails('EscalationNotFound');
  });
});
