import * as t from 'io-ts';
import type { CommandMetadata } from './actor';
import { CommandMetadata as CommandMetadataCodec } from './actor';
import { isRecord, type Props } from './codec';

/** The event union of a payload map: `{ type: 'ComplaintFiled', data: {...} } | ...`. */
export type EventOf<P extends Props> = {
  [K in keyof P & string]: { readonly type: K; readonly data: t.TypeOf<P[K]> };
}[keyof P & string];

/** The command union of a payload map: `{ type, data, metadata }`. */
export type CommandOf<P extends Props> = {
  [K in keyof P & string]: {
    readonly type: K;
    readonly data: t.TypeOf<P[K]>;
    readonly metadata: CommandMetadata;
  };
}[keyof P & string];

const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

const tagged = <A>(name: string, payloads: Props, withMetadata: boolean): t.Type<A, unknown, unknown> => {
  const types = Object.keys(payloads);
  const codecFor = (u: unknown): t.Mixed | undefined =>
    isRecord(u) && typeof u.type === 'string' && has(payloads, u.type) ? payloads[u.type] : undefined;
  return new t.Type<A, unknown, unknown>(
    name,
    (u): u is A =>
      isRecord(u) &&
      codecFor(u)?.is(u.data) === true &&
      (!withMetadata || CommandMetadataCodec.is(u.metadata)),
    (u, c) => {
      if (!isRecord(u)) return t.failure(u, c, 'expected an object');
      const codec = codecFor(u);
      if (codec === undefined) {
        return t.failure(
          u.type,
          t.appendContext(c, 'type', t.string, u.type),
          `expected one of ${types.join(', ')}`,
        );
      }
      const errors: t.ValidationError[] = [];
      const data = codec.validate(u.data, t.appendContext(c, 'data', codec, u.data));
      if (data._tag === 'Left') errors.push(...data.left);
      const meta = withMetadata
        ? CommandMetadataCodec.validate(
            u.metadata,
            t.appendContext(c, 'metadata', CommandMetadataCodec, u.metadata),
          )
        : t.success(undefined);
      if (meta._tag === 'Left') errors.push(...meta.left);
      if (errors.length > 0 || data._tag === 'Left' || meta._tag === 'Left') return t.failures(errors);
      const payload: unknown = data.right;
      const out = withMetadata
        ? { type: u.type, data: payload, metadata: meta.right }
        : { type: u.type, data: payload };
      return t.success(out as A);
    },
    (a) => {
      const m = a as { type: string; data: unknown; metadata?: unknown };
      const data: unknown = (payloads[m.type] as t.Mixed).encode(m.data);
      return withMetadata ? { type: m.type, data, metadata: m.metadata } : { type: m.type, data };
    },
  );
};

/** A codec for a whole event union, dispatching on `type` so errors name the right payload. */
export const eventUnionCodec = <P extends Props>(
  name: string,
  payloads: P,
): t.Type<EventOf<P>, unknown, unknown> => tagged<EventOf<P>>(name, payloads, false);

/** A codec for a whole command union including its metadata. */
export const commandUnionCodec = <P extends Props>(
  name: string,
  payloads: P,
): t.Type<CommandOf<P>, unknown, unknown> => tagged<CommandOf<P>>(name, payloads, true);

/** Picks one member of a tagged union. */
export type Of<U extends { type: string }, K extends U['type']> = Extract<U, { type: K }>;
