import * as t from 'io-ts';
import { Actor } from '../shared/actor';
import { Channel } from '../shared/channel';
import { eventPayload } from '../shared/codec';
import { ComplaintId, CustomerId, RefundId, ReturnId } from '../shared/ids';
import { Instant } from '../shared/instant';
import { eventUnionCodec, type EventOf } from '../shared/messages';
import { Money, PositiveMoney } from '../shared/money';
// Stored events read under the rules they were written with (see StoredLabel).
import {
  Bool,
  NonNegativeInt,
  PositiveInt,
  StoredLabel as Label,
  StoredText as Text,
} from '../shared/primitives';
import {
  ArrivalCondition,
  Disposition,
  InspectionOutcome,
  ReturnMethod,
  ReturnReason,
  ReturnRefusal,
  ReturnResolution,
} from './codecs';

const id = { returnId: ReturnId };
const lines = <P extends Record<string, t.Mixed>, O extends Record<string, t.Mixed>>(
  name: string,
  props: P,
  optional?: O,
) => t.readonlyArray(eventPayload(name, { sku: Label, ...props }, optional));

/** Event payload codecs keyed by event type. */
export const returnEventPayloads = {
  ReturnRequested: eventPayload(
    'ReturnRequested',
    {
      ...id,
      customerId: CustomerId,
      orderReference: Label,
      deliveredAt: Instant,
      lines: lines('ReturnLine', {
        description: Label,
        category: Label,
        quantity: PositiveInt,
        unitPrice: PositiveMoney,
      }),
      reason: ReturnReason,
      channel: Channel,
      requestedBy: Actor,
      requestedAt: Instant,
    },
    { complaintId: ComplaintId, note: Text },
  ),
  ReturnAuthorised: eventPayload('ReturnAuthorised', {
    ...id,
    method: ReturnMethod,
    sendBy: Instant,
    returnReference: Label,
    // The window the policy gave, recorded so a later policy change does not rewrite it.
    windowDays: PositiveInt,
    authorisedBy: Actor,
    authorisedAt: Instant,
  }),
  ReturnRefused: eventPayload('ReturnRefused', {
    ...id,
    refusal: ReturnRefusal,
    reason: Text,
    refusedBy: Actor,
    refusedAt: Instant,
  }),
  ReturnShipped: eventPayload('ReturnShipped', {
    ...id,
    carrier: Label,
    trackingNumber: Label,
    shippedAt: Instant,
  }),
  ReturnReceived: eventPayload('ReturnReceived', {
    ...id,
    lines: lines('ReceivedLine', { quantity: NonNegativeInt, condition: ArrivalCondition }),
    receivedBy: Actor,
    receivedAt: Instant,
  }),
  ReturnInspected: eventPayload('ReturnInspected', {
    ...id,
    lines: lines('InspectedLine', { quantity: NonNegativeInt, outcome: InspectionOutcome }, { notes: Text }),
    evidence: t.readonlyArray(Label),
    inspectedBy: Actor,
    inspectedAt: Instant,
  }),
  CarrierClaimOpened: eventPayload(
    'CarrierClaimOpened',
    { ...id, claimReference: Label, carrier: Label, openedAt: Instant },
    // The linked complaint's insurance coverage decision, when it had one.
    { complaintId: ComplaintId, insuranceCovered: Bool, note: Text },
  ),
  ReturnLinesDisposed: eventPayload('ReturnLinesDisposed', {
    ...id,
    lines: lines('DisposedLine', { disposition: Disposition }),
    disposedBy: Actor,
    disposedAt: Instant,
  }),
  ReturnResolved: eventPayload(
    'ReturnResolved',
    {
      ...id,
      resolution: ReturnResolution,
      // What the rules allowed, recorded with the decision: the value of lines inspected as
      // refundable and the restocking fee kept from it.
      refundableValue: Money,
      restockingFee: Money,
      resolvedBy: Actor,
      resolvedAt: Instant,
    },
    { refundId: RefundId, refundAmount: PositiveMoney, exchangeOrderReference: Label, note: Text },
  ),
  ReturnClosed: eventPayload('ReturnClosed', { ...id, closedAt: Instant }),
  ReturnCancelled: eventPayload('ReturnCancelled', { ...id, cancelledAt: Instant }, { reason: Text }),
  ReturnExpired: eventPayload('ReturnExpired', { ...id, sendBy: Instant, expiredAt: Instant }),
} as const;

export type ReturnEvent = EventOf<typeof returnEventPayloads>;
export type ReturnEventType = ReturnEvent['type'];

export const returnEventCodec = eventUnionCodec('ReturnEvent', returnEventPayloads);

/** Current schema version per event type. */
export const returnEventSchemaVersions: Readonly<Record<ReturnEventType, number>> = {
  ReturnRequested: 1,
  ReturnAuthorised: 1,
  ReturnRefused: 1,
  ReturnShipped: 1,
  ReturnReceived: 1,
  ReturnInspected: 1,
  CarrierClaimOpened: 1,
  ReturnLinesDisposed: 1,
  ReturnResolved: 1,
  ReturnClosed: 1,
  ReturnCancelled: 1,
  ReturnExpired: 1,
};
