import * as t from 'io-ts';
import { Channel } from '../shared/channel';
import { commandPayload } from '../shared/codec';
import { ComplaintId, CustomerId, RefundId, ReturnId } from '../shared/ids';
import { Instant } from '../shared/instant';
import { commandUnionCodec, type CommandOf } from '../shared/messages';
import { PositiveMoney } from '../shared/money';
import { Label, NonNegativeInt, Text } from '../shared/primitives';
import {
  ArrivalCondition,
  Disposition,
  InspectionOutcome,
  ReturnLine,
  ReturnMethod,
  ReturnReason,
  ReturnRefusal,
  ReturnResolution,
  uniqueSkus,
} from './codecs';

const id = { returnId: ReturnId };

const ReceivedLine = commandPayload('ReceivedLine', {
  sku: Label,
  quantity: NonNegativeInt,
  condition: ArrivalCondition,
});
const InspectedLine = commandPayload(
  'InspectedLine',
  { sku: Label, quantity: NonNegativeInt, outcome: InspectionOutcome },
  { notes: Text },
);
const DisposedLine = commandPayload('DisposedLine', { sku: Label, disposition: Disposition });

/** What a refund resolution asks the Refund aggregate for. */
export const ReturnRefund = commandPayload('ReturnRefund', {
  refundId: RefundId,
  amount: PositiveMoney,
  paymentReference: Label,
});

/** Command payload codecs keyed by command type. */
export const returnCommandPayloads = {
  RequestReturn: commandPayload(
    'RequestReturn',
    {
      ...id,
      customerId: CustomerId,
      orderReference: Label,
      deliveredAt: Instant,
      lines: uniqueSkus(ReturnLine, 'ReturnLines'),
      reason: ReturnReason,
      channel: Channel,
    },
    { complaintId: ComplaintId, note: Text },
  ),
  AuthoriseReturn: commandPayload('AuthoriseReturn', {
    ...id,
    method: ReturnMethod,
    sendBy: Instant,
    returnReference: Label,
  }),
  RefuseReturn: commandPayload('RefuseReturn', { ...id, refusal: ReturnRefusal, reason: Text }),
  ShipReturn: commandPayload('ShipReturn', { ...id, carrier: Label, trackingNumber: Label }),
  ReceiveReturn: commandPayload('ReceiveReturn', { ...id, lines: uniqueSkus(ReceivedLine, 'ReceivedLines') }),
  InspectReturn: commandPayload(
    'InspectReturn',
    { ...id, lines: uniqueSkus(InspectedLine, 'InspectedLines') },
    { evidence: t.array(Label) },
  ),
  OpenCarrierClaim: commandPayload(
    'OpenCarrierClaim',
    { ...id, claimReference: Label, carrier: Label },
    { note: Text },
  ),
  DisposeReturn: commandPayload('DisposeReturn', { ...id, lines: uniqueSkus(DisposedLine, 'DisposedLines') }),
  ResolveReturn: commandPayload(
    'ResolveReturn',
    { ...id, resolution: ReturnResolution },
    { refund: ReturnRefund, exchangeOrderReference: Label, note: Text },
  ),
  CancelReturn: commandPayload('CancelReturn', id, { reason: Text }),
  // The expiry timer's: no route, and refused from anyone but the system actor.
  ExpireReturn: commandPayload('ExpireReturn', id),
} as const;

export type ReturnCommand = CommandOf<typeof returnCommandPayloads>;
export type ReturnCommandType = ReturnCommand['type'];

export const returnCommandCodec = commandUnionCodec('ReturnCommand', returnCommandPayloads);
