import * as E from 'fp-ts/Either';
import type { Of } from '../shared/messages';
import type { EscalationStatus } from '../shared/statuses';
import type { EscalationCommand } from './commands';
import type { EscalationContext } from './context';
import { escalationError, type EscalationError } from './errors';
import type { EscalationEvent } from './events';
import type { EscalationFacts, EscalationState } from './state';

type Result = E.Either<EscalationError, ReadonlyArray<EscalationEvent>>;
type Existing = EscalationFacts & { readonly status: EscalationStatus };

/** One open escalation per complaint, and never on a closed complaint. */
const raise = (
  command: Of<EscalationCommand, 'RaiseEscalation'>,
  state: EscalationState,
  ctx?: EscalationContext,
): Result => {
  const { data, metadata } = command;
  if (state.status !== 'none')
    return E.left(escalationError('EscalationAlreadyRaised', `escalation ${data.escalationId} exists`));
  if (ctx === undefined)
    return E.left(escalationError('ContextRequired', 'RaiseEscalation needs the complaint summary'));
  if (ctx.complaint === null)
    return E.left(escalationError('ComplaintNotFound', `complaint ${data.complaintId} does not exist`));
  if (ctx.complaint.status === 'closed')
    return E.left(escalationError('ComplaintClosed', 'the complaint is closed'));
  const open = ctx.complaint.openEscalationId;
  if (open !== null && open !== data.escalationId) {
    return E.left(
      escalationError('EscalationAlreadyOpen', `escalation ${open} is still open`, { escalationId: open }),
    );
  }
  return E.right([{ type: 'EscalationRaised', data: { ...data, raisedAt: metadata.now } }]);
};

/** Within one escalation the level only goes up; asking for the current level changes nothing. */
const raiseLevel = (
  { data, metadata }: Of<EscalationCommand, 'RaiseEscalationLevel'>,
  s: Existing,
): Result => {
  if (data.cause !== undefined && s.causes.includes(data.cause)) return E.right([]);
  if (data.toLevel < s.level) {
    return E.left(
      escalationError('LevelCannotDecrease', `the level is ${s.level}; de-escalate to close instead`),
    );
  }
  if (data.toLevel === s.level)
    return E.left(escalationError('NothingChanged', `the level is already ${s.level}`));
  return E.right([
    { type: 'EscalationLevelRaised', data: { ...data, fromLevel: s.level, raisedAt: metadata.now } },
  ]);
};

const decideOpen = (
  command: Exclude<EscalationCommand, { type: 'RaiseEscalation' }>,
  s: Existing,
): Result => {
  const { metadata } = command;
  switch (command.type) {
    case 'AcknowledgeEscalation':
      return s.assigneeId === command.data.assigneeId
        ? E.right([])
        : E.right([
            { type: 'EscalationAcknowledged', data: { ...command.data, acknowledgedAt: metadata.now } },
          ]);
    case 'RaiseEscalationLevel':
      return raiseLevel(command, s);
    case 'DeEscalate':
      return E.right([
        { type: 'EscalationDeEscalated', data: { ...command.data, deEscalatedAt: metadata.now } },
      ]);
    case 'CloseEscalation':
      return E.right([{ type: 'EscalationClosed', data: { ...command.data, closedAt: metadata.now } }]);
  }
};

/** Decides an escalation command; `context` is read only by `RaiseEscalation`. */
export const decideEscalation = (
  command: EscalationCommand,
  state: EscalationState,
  context?: EscalationContext,
): Result => {
  if (command.type === 'RaiseEscalation') return raise(command, state, context);
  if (state.status === 'none')
    return E.left(
      escalationError('EscalationNotFound', `escalation ${command.data.escalationId} does not exist`),
    );
  if (state.status === 'closed') {
    // Closing a closed escalation is a retry: nothing to record. Anything else is refused.
    return command.type === 'CloseEscalation'
      ? E.right([])
      : E.left(escalationError('EscalationClosed', 'the escalation is closed'));
  }
  return decideOpen(command, state);
};
