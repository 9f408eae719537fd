import { createHash } from 'node:crypto';
import type { Json } from '../port';
import { jcs } from './canonical';

/** What an event's hash covers besides its position and its predecessor. */
export interface ChainedFields {
  readonly streamId: string;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Json;
  readonly metadata: unknown;
}

/** The predecessor of every stream's first event: 32 zero bytes. */
export const GENESIS = Buffer.alloc(32);

/**
 * SHA-256 of the UTF-8 bytes of JCS([streamId, eventId, type, schemaVersion, data, metadata]).
 * Computed by the writer (in Node, where JCS is at hand) and sent with the append; the store
 * chains it. docs/audit.md ("Tamper evidence") gives the exact bytes and a worked example.
 */
export function contentDigest(e: ChainedFields): Buffer {
  const canonical = jcs([e.streamId, e.eventId, e.type, e.schemaVersion, e.data, e.metadata]);
  return createHash('sha256').update(canonical, 'utf8').digest();
}

/**
 * hash(p) = SHA-256(hash(p - 1) || int64 big-endian p || digest(p)), hash(-1) = GENESIS: the same
 * bytes the append function hashes with `sha256(prev || int8send(p) || digest)`.
 */
export function chainHash(prev: Buffer, streamPosition: bigint, digest: Buffer): Buffer {
  const position = Buffer.alloc(8);
  position.writeBigInt64BE(streamPosition);
  return createHash('sha256').update(prev).update(position).update(digest).digest();
}

/** An event's hash given its predecessor's (GENESIS for position 0). */
export function eventHash(prev: Buffer, streamPosition: bigint, e: ChainedFields): Buffer {
  return chainHash(prev, streamPosition, contentDigest(e));
}
