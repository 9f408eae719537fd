import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import type * as t from 'io-ts';
import { isRecord, type Props } from '../shared/codec';
import type { EventOf } from '../shared/messages';
import { reportErrors, type FieldError } from '../shared/decode';
import {
  domainEventPayloads,
  eventSchemaVersions,
  isDomainEventType,
  type DomainEvent,
  type DomainEventType,
} from './events';

/** Turns a stored payload of `type` at `fromVersion` into the shape of `fromVersion + 1`. */
export interface Upcaster {
  readonly type: DomainEventType;
  readonly fromVersion: number;
  readonly up: (data: unknown) => unknown;
}

/**
 * `ComplaintFiled` v1 predates regulatory regimes. Complaints filed then were handled under no
 * regime's clock, so they read as `regime: 'NONE'` rather than guessing FCA or CFPB.
 */
const complaintFiledV1: Upcaster = {
  type: 'ComplaintFiled',
  fromVersion: 1,
  up: (data) => (isRecord(data) && data.regime === undefined ? { ...data, regime: 'NONE' } : data),
};

/** Every upcaster, oldest first. Stored events are never rewritten: they are upcast on read. */
export const upcasters: ReadonlyArray<Upcaster> = [complaintFiledV1];

/** Why a stored event could not be read. */
export interface EventDecodeError {
  readonly _tag: 'EventDecodeError';
  readonly type: string;
  readonly schemaVersion: number;
  readonly errors: ReadonlyArray<FieldError>;
}

const failure = (type: string, schemaVersion: number, path: string, reason: string): EventDecodeError => ({
  _tag: 'EventDecodeError',
  type,
  schemaVersion,
  errors: [{ path, reason }],
});

/** Applies the upcasters from `version` up to the current version of `type`. */
const lift = (type: DomainEventType, version: number, data: unknown): unknown => {
  let out = data;
  for (let v = version; v < eventSchemaVersions[type]; v++) {
    const step = upcasters.find((u) => u.type === type && u.fromVersion === v);
    out = step === undefined ? out : step.up(out);
  }
  return out;
};

/**
 * Reads a stored event of one of `payloads`' types: upcasts its payload from `schemaVersion` to
 * the current version, then decodes it. Unknown types, versions from the future and payloads that
 * do not decode are errors, never exceptions.
 */
export const upcastWith =
  <P extends Props>(payloads: P) =>
  (type: string, schemaVersion: number, data: unknown): E.Either<EventDecodeError, EventOf<P>> => {
    if (!isDomainEventType(type) || !Object.prototype.hasOwnProperty.call(payloads, type))
      return E.left(failure(type, schemaVersion, 'type', 'unknown event type'));
    const current = eventSchemaVersions[type];
    if (!Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > current) {
      return E.left(failure(type, schemaVersion, 'schemaVersion', `expected 1 to ${current}`));
    }
    const codec: t.Decoder<unknown, unknown> = payloads[type]!;
    return pipe(
      codec.decode(lift(type, schemaVersion, data)),
      E.mapLeft(reportErrors),
      E.map((decoded) => ({ type, data: decoded })),
      E.mapLeft((errors): EventDecodeError => ({ _tag: 'EventDecodeError', type, schemaVersion, errors })),
    );
  };

/** `upcastWith` over every event type of the domain. */
export const upcast: (
  type: string,
  schemaVersion: number,
  data: unknown,
) => E.Either<EventDecodeError, DomainEvent> = upcastWith(domainEventPayloads);
