import type { KeyObject } from 'node:crypto';
import type { Pool } from 'pg';
import { jcs } from '../chain/canonical';
import type { EventStore } from '../port';
import { type StreamHead, merkleRoot, sortHeads } from './merkle';
import { publicKeyBase64, signBytes } from './signing';

/** What is signed: one canonical (RFC 8785) JSON object, so any language can check it. */
export interface AnchorStatement {
  /** `casebook-anchor/1`; anything else is refused by verification. */
  readonly format: string;
  /** Every event at or below this global position is covered. */
  readonly coveredPosition: string;
  readonly streamCount: number;
  /** RFC 6962 Merkle root (hex) of the stream heads (merkle.ts). */
  readonly merkleRoot: string;
  readonly createdAt: string;
}

export interface Anchor {
  readonly id: string;
  readonly statement: AnchorStatement;
  /** The exact signed text: JCS of `statement`. */
  readonly statementText: string;
  readonly signature: string;
  readonly publicKey: string;
  readonly heads: readonly StreamHead[];
}

/** Each stream's last event at or below `covered`: its position and hash. */
export async function streamHeads(pool: Pool, covered: bigint): Promise<StreamHead[]> {
  const { rows } = await pool.query<{ stream_id: string; stream_position: string; hash: string }>(
    `SELECT DISTINCT ON (stream_id) stream_id, stream_position, encode(hash, 'hex') AS hash
       FROM events WHERE global_position <= $1 ORDER BY stream_id, stream_position DESC`,
    [covered.toString()],
  );
  return rows.map((r) => ({ streamId: r.stream_id, position: BigInt(r.stream_position), hash: r.hash }));
}

/**
 * Records a signed digest of every stream head up to the store's head position. The covered
 * position is one a reader can see (below any transaction still running), so no event at or
 * below it can appear later, and a verifier can hold the store to it.
 */
export async function createAnchor(
  pool: Pool,
  store: EventStore,
  key: KeyObject,
  now: () => Date = () => new Date(),
): Promise<Anchor> {
  const covered = await store.headPosition();
  const heads = sortHeads(await streamHeads(pool, covered));
  const statement: AnchorStatement = {
    format: 'casebook-anchor/1',
    coveredPosition: covered.toString(),
    streamCount: heads.length,
    merkleRoot: merkleRoot(heads).toString('hex'),
    createdAt: now().toISOString(),
  };
  const statementText = jcs(statement);
  const signature = signBytes(key, statementText).toString('base64');
  const publicKey = publicKeyBase64(key);
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO audit_anchors
       (created_at, covered_position, stream_count, merkle_root, heads, statement, signature, public_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      statement.createdAt,
      statement.coveredPosition,
      heads.length,
      statement.merkleRoot,
      JSON.stringify(heads.map((h) => [h.streamId, h.position.toString(), h.hash])),
      statementText,
      signature,
      publicKey,
    ],
  );
  return { id: rows[0]!.id, statement, statementText, signature, publicKey, heads };
}

interface AnchorRow {
  id: string;
  heads: [string, string, string][];
  statement: string;
  signature: string;
  public_key: string;
}

/** The most recent anchor as stored (not yet trusted: `verifyAnchor` checks it), or null. */
export async function latestAnchor(pool: Pool): Promise<Anchor | null> {
  const { rows } = await pool.query<AnchorRow>(
    'SELECT id, heads, statement, signature, public_key FROM audit_anchors ORDER BY id DESC LIMIT 1',
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    statement: parseStatement(r.statement),
    statementText: r.statement,
    signature: r.signature,
    publicKey: r.public_key,
    heads: r.heads.map(([streamId, position, hash]) => ({ streamId, position: BigInt(position), hash })),
  };
}

/** A statement edited into something that is not JSON still has to reach verification, to be refused. */
function parseStatement(text: string): AnchorStatement {
  try {
    const s = JSON.parse(text) as AnchorStatement;
    if (/^[0-9]+$/.test(s.coveredPosition)) return s;
  } catch {
    // fall through to the statement that verifies nothing
  }
  return { format: 'unreadable', coveredPosition: '0', streamCount: -1, merkleRoot: '', createdAt: '' };
}
