import type { KeyObject } from 'node:crypto';
import type { Pool } from 'pg';
import { jcs } from '../chain/canonical';
import { type Anchor, latestAnchor } from './anchor';
import { merkleRoot } from './merkle';
import { verifyBytes } from './signing';

/**
 * - `signature`: the anchor's statement was not signed by the key given (a forged or edited anchor);
 * - `statement`: the stored heads do not give the signed Merkle root, or the statement is malformed;
 * - `deleted-stream`: a stream the anchor names has no events left;
 * - `truncated`: a stream ends before the head the anchor names (trailing events deleted);
 * - `changed`: the event at an anchored head has another hash, or is gone with later ones still there;
 * - `unanchored`: a stream has events at or below the covered position that the anchor does not
 *   name: written in afterwards with old global positions.
 */
export type AnchorProblemKind =
  'signature' | 'statement' | 'deleted-stream' | 'truncated' | 'changed' | 'unanchored';

export interface AnchorProblem {
  readonly kind: AnchorProblemKind;
  readonly streamId?: string;
  /** The first stream position the anchor vouches for that the store no longer holds as anchored. */
  readonly position?: bigint;
  readonly detail: string;
}

export interface AnchorVerification {
  readonly anchorId: string;
  readonly coveredPosition: bigint;
  readonly createdAt: string;
  readonly streams: number;
  readonly ok: boolean;
  readonly problems: readonly AnchorProblem[];
}

/** The signature and the Merkle root: is this anchor what the key holder signed? */
function statementProblems(anchor: Anchor, publicKey: KeyObject): AnchorProblem[] {
  const problems: AnchorProblem[] = [];
  if (!verifyBytes(publicKey, anchor.statementText, Buffer.from(anchor.signature, 'base64'))) {
    problems.push({
      kind: 'signature',
      detail: `anchor ${anchor.id}: the signature does not verify with this public key`,
    });
  }
  const s = anchor.statement;
  const canonical = jcs(s) === anchor.statementText && s.format === 'casebook-anchor/1';
  const root = merkleRoot(anchor.heads).toString('hex');
  if (!canonical || root !== s.merkleRoot || s.streamCount !== anchor.heads.length) {
    const detail = `anchor ${anchor.id}: the stored stream heads give root ${root}, the statement says ${s.merkleRoot} over ${s.streamCount} streams`;
    problems.push({ kind: 'statement', detail });
  }
  return problems;
}

interface HeadRow {
  sid: string;
  pos: string;
  anchored: string;
  hash: string | null;
  last: string | null;
}

/** Every anchored head looked up in one statement: the event at its position, and the stream's end now. */
async function headProblems(pool: Pool, anchor: Anchor): Promise<AnchorProblem[]> {
  const { rows } = await pool.query<HeadRow>(
    `SELECT h.sid, h.pos, h.anchored, encode(e.hash, 'hex') AS hash,
            (SELECT max(x.stream_position) FROM events x WHERE x.stream_id = h.sid) AS last
       FROM unnest($1::text[], $2::bigint[], $3::text[]) AS h(sid, pos, anchored)
       LEFT JOIN events e ON e.stream_id = h.sid AND e.stream_position = h.pos
      WHERE e.hash IS DISTINCT FROM decode(h.anchored, 'hex')`,
    [
      anchor.heads.map((h) => h.streamId),
      anchor.heads.map((h) => h.position.toString()),
      anchor.heads.map((h) => h.hash),
    ],
  );
  return rows.map((r) => headProblem(r, anchor.id)).sort((a, b) => (a.streamId! < b.streamId! ? -1 : 1));
}

function headProblem(r: HeadRow, anchorId: string): AnchorProblem {
  const streamId = r.sid;
  const anchored = BigInt(r.pos);
  if (r.last === null) {
    const detail = `stream deleted: anchor ${anchorId} names its head at position ${anchored}, no event is left`;
    return { kind: 'deleted-stream', streamId, position: 0n, detail };
  }
  const last = BigInt(r.last);
  if (r.hash === null && last < anchored) {
    const gone =
      last + 1n === anchored ? `position ${anchored} is` : `positions ${last + 1n} to ${anchored} are`;
    const detail = `${gone} missing: the stream now ends at ${last}, anchor ${anchorId} names its head at ${anchored}`;
    return { kind: 'truncated', streamId, position: last + 1n, detail };
  }
  const now = r.hash === null ? 'no event' : `hash ${r.hash}`;
  const detail = `anchor ${anchorId} names hash ${r.anchored} at position ${anchored}; the store has ${now}`;
  return { kind: 'changed', streamId, position: anchored, detail };
}

/** Streams the anchor does not name with events it should have seen (one pass over those events). */
async function unanchored(pool: Pool, anchor: Anchor): Promise<AnchorProblem[]> {
  const { rows } = await pool.query<{ stream_id: string; first: string }>(
    // An anti-join, not `<> ALL(array)`, which would compare every event with every anchored id.
    `SELECT e.stream_id, min(e.stream_position) AS first
       FROM events e LEFT JOIN unnest($2::text[]) AS h(sid) ON h.sid = e.stream_id
      WHERE e.global_position <= $1 AND h.sid IS NULL
      GROUP BY e.stream_id ORDER BY e.stream_id`,
    [anchor.statement.coveredPosition, anchor.heads.map((h) => h.streamId)],
  );
  return rows.map((r) => ({
    kind: 'unanchored',
    streamId: r.stream_id,
    position: BigInt(r.first),
    detail: `events at or below global position ${anchor.statement.coveredPosition} that anchor ${anchor.id} does not name: written in afterwards`,
  }));
}

/**
 * Holds the store to its latest anchor: the anchor must be signed by `publicKey` and its heads must
 * give its root; every head it names must still be in the store, at its position with its hash.
 * Null when no anchor was ever made. Events after the anchor are the chain's to check (verifyAll).
 */
export async function verifyAnchor(pool: Pool, publicKey: KeyObject): Promise<AnchorVerification | null> {
  const anchor = await latestAnchor(pool);
  return anchor && checkAnchor(pool, anchor, publicKey);
}

/** `verifyAnchor` for an anchor already read (a caller that needs no key while there is none). */
export async function checkAnchor(
  pool: Pool,
  anchor: Anchor,
  publicKey: KeyObject,
): Promise<AnchorVerification> {
  const problems = [
    ...statementProblems(anchor, publicKey),
    ...(await headProblems(pool, anchor)),
    ...(await unanchored(pool, anchor)),
  ];
  return {
    anchorId: anchor.id,
    coveredPosition: BigInt(anchor.statement.coveredPosition),
    createdAt: anchor.statement.createdAt,
    streams: anchor.heads.length,
    ok: problems.length === 0,
    problems,
  };
}
