import { complaintEventPayloads, complaintEventSchemaVersions } from '../complaint/events';
import { customerEventPayloads, customerEventSchemaVersions } from '../customer/events';
import { escalationEventPayloads, escalationEventSchemaVersions } from '../escalation/events';
import { interactionEventPayloads, interactionEventSchemaVersions } from '../interaction/events';
import { refundEventPayloads, refundEventSchemaVersions } from '../refund/events';
import { returnEventPayloads, returnEventSchemaVersions } from '../return/events';
import { eventUnionCodec, type EventOf } from '../shared/messages';

/** Every event payload codec of the domain, keyed by event type (types are unique across streams). */
export const domainEventPayloads = {
  ...customerEventPayloads,
  ...interactionEventPayloads,
  ...complaintEventPayloads,
  ...refundEventPayloads,
  ...returnEventPayloads,
  ...escalationEventPayloads,
} as const;

export type DomainEvent = EventOf<typeof domainEventPayloads>;
export type DomainEventType = DomainEvent['type'];

/** The whole domain's event union as one codec. */
export const domainEventCodec = eventUnionCodec('DomainEvent', domainEventPayloads);

/** The current schema version of every event type: what writers stamp and readers upcast to. */
export const eventSchemaVersions: Readonly<Record<DomainEventType, number>> = {
  ...customerEventSchemaVersions,
  ...interactionEventSchemaVersions,
  ...complaintEventSchemaVersions,
  ...refundEventSchemaVersions,
  ...returnEventSchemaVersions,
  ...escalationEventSchemaVersions,
};

/** True when `type` names a domain event. */
export const isDomainEventType = (type: string): type is DomainEventType =>
  Object.prototype.hasOwnProperty.call(eventSchemaVersions, type);
