import { hash } from 'node:crypto';

/** One stream's head as an anchor records it: its last position and that event's hash (hex). */
export interface StreamHead {
  readonly streamId: string;
  readonly position: bigint;
  readonly hash: string;
}

/**
 * leaf = SHA-256(0x00 || uint32 BE byte length of the stream id || its UTF-8 bytes || int64 BE
 * position || the head's 32-byte hash). The length prefix keeps (id, position) pairs unambiguous;
 * the 0x00/0x01 prefixes (as in RFC 6962) keep a leaf from passing for an inner node.
 */
export function leafHash(h: StreamHead): Buffer {
  const id = Buffer.from(h.streamId, 'utf8');
  const input = Buffer.alloc(1 + 4 + id.length + 8 + 32);
  input.writeUInt32BE(id.length, 1);
  id.copy(input, 5);
  input.writeBigInt64BE(h.position, 5 + id.length);
  input.write(h.hash, 13 + id.length, 32, 'hex');
  return hash('sha256', input, 'buffer');
}

const node = (left: Buffer, right: Buffer): Buffer =>
  hash('sha256', Buffer.concat([Buffer.from([1]), left, right]), 'buffer');

/** Heads in the one order every verifier can reproduce: stream ids by their UTF-8 bytes. */
export function sortHeads(heads: readonly StreamHead[]): StreamHead[] {
  return [...heads].sort((a, b) => Buffer.compare(Buffer.from(a.streamId), Buffer.from(b.streamId)));
}

/**
 * The Merkle tree hash of RFC 6962 (section 2.1) over the heads sorted by `sortHeads`: split at
 * the largest power of two below n, so the tree's shape depends on n alone and an inclusion proof
 * for one stream stays log2(n) hashes long. The empty tree is SHA-256 of nothing.
 */
export function merkleRoot(heads: readonly StreamHead[]): Buffer {
  const leaves = sortHeads(heads).map(leafHash);
  if (leaves.length === 0) return hash('sha256', Buffer.alloc(0), 'buffer');
  return treeHash(leaves, 0, leaves.length);
}

function treeHash(leaves: readonly Buffer[], from: number, to: number): Buffer {
  const n = to - from;
  if (n === 1) return leaves[from]!;
  let k = 1;
  while (k * 2 < n) k *= 2;
  return node(treeHash(leaves, from, from + k), treeHash(leaves, from + k, to));
}
