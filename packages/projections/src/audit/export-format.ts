import { GENESIS, eventHashHex, jcs, signBytes, verifyBytes, type StoredEvent } from '@casebook/event-store';
import type { KeyObject } from 'node:crypto';

/**
 * One line of an export: a stored event as stored, with its chain link (`hash`) and the hash it
 * links from (`prevHash`: its stored predecessor's, 32 zero bytes at position 0), so each line can
 * be checked without the store. Positions are strings: they are 64-bit. Each line is RFC 8785
 * JSON, so the file for a given set of events is one exact byte string.
 */
export interface ExportLine {
  readonly streamId: string;
  readonly streamPosition: string;
  readonly globalPosition: string;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: StoredEvent['data'];
  readonly metadata: StoredEvent['metadata'];
  readonly recordedAt: string;
  readonly prevHash: string;
  readonly hash: string;
  /** Sealed personal fields as readable when exported, or `[erased]` (docs/audit.md, "Erasure"). */
  readonly personal?: Readonly<Record<string, StoredEvent['data']>>;
}

export type ExportRange =
  | { readonly kind: 'complaint'; readonly complaintId: string }
  | { readonly kind: 'window'; readonly from: string; readonly to: string };

/** Where each stream starts and ends in the file: what a checker must find. */
export interface StreamSpan {
  readonly streamId: string;
  readonly firstPosition: string;
  readonly lastPosition: string;
  readonly firstPrevHash: string;
  readonly lastHash: string;
  readonly events: number;
}

export interface ExportManifest {
  readonly format: 'casebook-export/1';
  readonly file: string;
  /** SHA-256 (hex) of the file's bytes. */
  readonly sha256: string;
  readonly eventCount: number;
  readonly range: ExportRange;
  readonly streams: readonly StreamSpan[];
  readonly createdAt: string;
  /** Informational: a checker must bring the key it trusts, never take this one. */
  readonly publicKey: string;
  /** Ed25519 over the RFC 8785 JSON of every other field (base64). */
  readonly signature?: string;
}

export const GENESIS_HEX = GENESIS.toString('hex');

export const toLine = (e: StoredEvent, prevHash: string): ExportLine => ({
  streamId: e.streamId,
  streamPosition: e.streamPosition.toString(),
  globalPosition: e.globalPosition.toString(),
  eventId: e.eventId,
  type: e.type,
  schemaVersion: e.schemaVersion,
  data: e.data,
  metadata: e.metadata,
  recordedAt: e.recordedAt.toISOString(),
  prevHash,
  hash: e.hash,
});

/** The chain's own definition (docs/audit.md, "The exact bytes"), applied to a line. */
export const lineLinks = (l: ExportLine): boolean =>
  eventHashHex(l.prevHash, BigInt(l.streamPosition), l) === l.hash;

/** Each stream's span over lines in file order, sorted by stream id. */
export function spansOf(lines: readonly ExportLine[]): StreamSpan[] {
  const spans = new Map<string, StreamSpan>();
  for (const l of lines) {
    const s = spans.get(l.streamId);
    spans.set(
      l.streamId,
      s
        ? { ...s, lastPosition: l.streamPosition, lastHash: l.hash, events: s.events + 1 }
        : {
            streamId: l.streamId,
            firstPosition: l.streamPosition,
            lastPosition: l.streamPosition,
            firstPrevHash: l.prevHash,
            lastHash: l.hash,
            events: 1,
          },
    );
  }
  return [...spans.values()].sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0));
}

const unsigned = (m: ExportManifest): string => {
  const { signature: _omitted, ...rest } = m;
  return jcs(rest);
};

export const signManifest = (m: ExportManifest, key: KeyObject): ExportManifest => ({
  ...m,
  signature: signBytes(key, unsigned(m)).toString('base64'),
});

export const manifestSigned = (m: ExportManifest, publicKey: KeyObject): boolean =>
  typeof m.signature === 'string' && verifyBytes(publicKey, unsigned(m), Buffer.from(m.signature, 'base64'));
