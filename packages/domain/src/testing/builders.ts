import * as assert from 'node:assert/strict';
import type * as t from 'io-ts';
import type { CommandMetadata } from '../shared/actor';
import type { Props } from '../shared/codec';
import { formatErrors, reportErrors } from '../shared/decode';
import type { CommandOf, EventOf } from '../shared/messages';

const decodeOrFail = <A>(codec: t.Type<A, unknown, unknown>, what: string, data: unknown): A => {
  const r = codec.decode(data);
  if (r._tag === 'Left') assert.fail(`invalid ${what}: ${formatErrors(reportErrors(r.left)).join('; ')}`);
  return r.right;
};

/**
 * A command builder for a payload map: data is written in its JSON shape (plain strings for ids)
 * and decoded through the real codec, so fixtures can never hold a value the API would refuse.
 */
export const commandsOf =
  <P extends Props>(payloads: P) =>
  <K extends keyof P & string>(
    type: K,
    data: t.OutputOf<P[K]>,
    metadata: CommandMetadata,
  ): Extract<CommandOf<P>, { type: K }> =>
    ({ type, data: decodeOrFail(payloads[type] as t.Mixed, type, data), metadata }) as Extract<
      CommandOf<P>,
      { type: K }
    >;

/** An event builder for a payload map, decoding like `commandsOf`. */
export const eventsOf =
  <P extends Props>(payloads: P) =>
  <K extends keyof P & string>(type: K, data: t.OutputOf<P[K]>): Extract<EventOf<P>, { type: K }> =>
    ({ type, data: decodeOrFail(payloads[type] as t.Mixed, type, data) }) as Extract<EventOf<P>, { type: K }>;
