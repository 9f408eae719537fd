import { commandPayload } from '../shared/codec';
import { ActorId, ComplaintId, EscalationId } from '../shared/ids';
import { commandUnionCodec, type CommandOf } from '../shared/messages';
import { Label, Text } from '../shared/primitives';
import { EscalationLevel, EscalationTrigger } from './codecs';

const id = { escalationId: EscalationId };

/** Command payload codecs keyed by command type. */
export const escalationCommandPayloads = {
  RaiseEscalation: commandPayload(
    'RaiseEscalation',
    { ...id, complaintId: ComplaintId, level: EscalationLevel, trigger: EscalationTrigger, reason: Text },
    { cause: Label },
  ),
  AcknowledgeEscalation: commandPayload('AcknowledgeEscalation', { ...id, assigneeId: ActorId }),
  // `cause` names what raised it (the SLA process: the breach); one cause raises a level once.
  RaiseEscalationLevel: commandPayload(
    'RaiseEscalationLevel',
    { ...id, toLevel: EscalationLevel, reason: Text },
    { cause: Label },
  ),
  DeEscalate: commandPayload('DeEscalate', { ...id, reason: Text }),
  CloseEscalation: commandPayload('CloseEscalation', { ...id, resolution: Text }),
} as const;

export type EscalationCommand = CommandOf<typeof escalationCommandPayloads>;
export type EscalationCommandType = EscalationCommand['type'];

export const escalationCommandCodec = commandUnionCodec('EscalationCommand', escalationCommandPayloads);
