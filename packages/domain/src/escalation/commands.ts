import { commandPayload } from '../shared/codec';
import { ActorId, ComplaintId, EscalationId } from '../shared/ids';
import { commandUnionCodec, type CommandOf } from '../shared/messages';
import { Text } from '../shared/primitives';
import { EscalationLevel, EscalationTrigger } from './codecs';

const id = { escalationId: EscalationId };

/** Command payload codecs keyed by command type. */
export const escalationCommandPayloads = {
  RaiseEscalation: commandPayload('RaiseEscalation', {
    ...id,
    complaintId: ComplaintId,
    level: EscalationLevel,
    trigger: EscalationTrigger,
    reason: Text,
  }),
  AcknowledgeEscalation: commandPayload('AcknowledgeEscalation', { ...id, assigneeId: ActorId }),
  RaiseEscalationLevel: commandPayload('RaiseEscalationLevel', {
    ...id,
    toLevel: EscalationLevel,
    reason: Text,
  }),
  DeEscalate: commandPayload('DeEscalate', { ...id, reason: Text }),
  CloseEscalation: commandPayload('CloseEscalation', { ...id, resolution: Text }),
} as const;

export type EscalationCommand = CommandOf<typeof escalationCommandPayloads>;
export type EscalationCommandType = EscalationCommand['type'];

export const escalationCommandCodec = commandUnionCodec('EscalationCommand', escalationCommandPayloads);
