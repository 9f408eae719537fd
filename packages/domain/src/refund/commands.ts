import { commandPayload } from '../shared/codec';
import { ComplaintId, RefundId } from '../shared/ids';
import { commandUnionCodec, type CommandOf } from '../shared/messages';
import { PositiveMoney } from '../shared/money';
import { Label, Text } from '../shared/primitives';
import { RefundReason } from '../shared/refund-reason';
import { RefundKind } from './codecs';

const id = { refundId: RefundId };

/** Command payload codecs keyed by command type. */
export const refundCommandPayloads = {
  RequestRefund: commandPayload('RequestRefund', {
    ...id,
    complaintId: ComplaintId,
    kind: RefundKind,
    paymentReference: Label,
    amount: PositiveMoney,
    reason: RefundReason,
  }),
  ApproveRefund: commandPayload('ApproveRefund', id, { note: Text }),
  RejectRefund: commandPayload('RejectRefund', { ...id, reason: Text }),
  IssueRefund: commandPayload('IssueRefund', { ...id, providerReference: Label }),
  SettleRefund: commandPayload('SettleRefund', id),
  FailRefund: commandPayload('FailRefund', { ...id, failureReason: Text }),
} as const;

export type RefundCommand = CommandOf<typeof refundCommandPayloads>;
export type RefundCommandType = RefundCommand['type'];

export const refundCommandCodec = commandUnionCodec('RefundCommand', refundCommandPayloads);
