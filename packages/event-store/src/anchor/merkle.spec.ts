import { hash } from 'node:crypto';
import { type StreamHead, leafHash, merkleRoot } from './merkle';

const head = (streamId: string, position: bigint, byte: number): StreamHead => ({
  streamId,
  position,
  hash: Buffer.alloc(32, byte).toString('hex'),
});
const node = (l: Buffer, r: Buffer) => hash('sha256', Buffer.concat([Buffer.from([1]), l, r]), 'buffer');

describe('the anchor Merkle tree (RFC 6962 shape over heads sorted by stream id)', () => {
  const a = head('a', 2n, 1);
  const b = head('b', 0n, 2);
  const c = head('c', 7n, 3);

  it('splits at the largest power of two below n, whatever order the heads come in', () => {
    const want = node(node(leafHash(a), leafHash(b)), leafHash(c));
    expect(merkleRoot([c, a, b])).toEqual(want);
    expect(merkleRoot([a])).toEqual(leafHash(a));
    expect(merkleRoot([])).toEqual(hash('sha256', Buffer.alloc(0), 'buffer'));
  });

  it('a leaf covers the exact bytes: 0x00, id length, id, position, hash', () => {
    const bytes = Buffer.concat([
      Buffer.from([0, 0, 0, 0, 1]),
      Buffer.from('a'),
      Buffer.from([0, 0, 0, 0, 0, 0, 0, 2]),
      Buffer.alloc(32, 1),
    ]);
    expect(leafHash(a)).toEqual(hash('sha256', bytes, 'buffer'));
  });

  it('any change to a head, or a head dropped, changes the root', () => {
    const root = merkleRoot([a, b, c]);
    for (const changed of [
      [{ ...a, position: 1n }, b, c],
      [a, { ...b, hash: c.hash }, c],
      [a, { ...b, streamId: 'bb' }, c],
      [a, b],
    ]) {
      expect(merkleRoot(changed)).not.toEqual(root);
    }
  });
});
