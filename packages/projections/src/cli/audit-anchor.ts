import {
  type AnchorProblem,
  type AnchorVerification,
  checkAnchor,
  createAnchor,
  latestAnchor,
} from '@casebook/event-store';
import type { AuditKeySource } from './audit-keys';
import type { AuditAnchorCommand } from './audit-anchor-args';
import type { CliContext } from './context';
import { count } from './progress';

/** What an anchor cannot show, said beside every "holds". */
const LIMIT =
  'an anchor vouches for the streams and heads it names up to its position; events after it rest on their chains, and an older anchor deleted with the newer ones goes unseen unless its root was kept elsewhere';

const keysOf = (ctx: CliContext): AuditKeySource => {
  if (!ctx.keys) throw new Error('no audit key source in this context');
  return ctx.keys;
};

/** `casebook audit anchor`: signs and records the heads of every stream now. */
export async function auditAnchor(ctx: CliContext, c: { readonly json: boolean }): Promise<number> {
  const key = keysOf(ctx).signingKey();
  const a = await createAnchor(ctx.pool, ctx.store, key);
  const s = a.statement;
  const json = { id: a.id, ...s, publicKey: a.publicKey, signature: a.signature };
  const text = `anchor ${a.id}: ${count(s.streamCount)} streams up to global position ${s.coveredPosition}, root ${s.merkleRoot}, signed by ${a.publicKey}`;
  ctx.out.write(`${c.json ? JSON.stringify(json) : text}\n`);
  return 0;
}

const problemText = (p: AnchorProblem): string =>
  p.streamId === undefined
    ? `${p.kind.toUpperCase()}: ${p.detail}`
    : `${p.streamId}: ${p.kind.toUpperCase()} at position ${p.position}: ${p.detail}`;

export function anchorText(r: AnchorVerification | null): string {
  if (r === null)
    return 'no anchor yet: deleted trailing events or streams cannot be seen (casebook audit anchor)';
  const head = `anchor ${r.anchorId} of ${r.createdAt} (${count(r.streams)} streams up to global position ${r.coveredPosition})`;
  if (r.ok) return `${head}: holds\nnote: ${LIMIT}`;
  return `${head}: ${count(r.problems.length)} problems\n${r.problems.map(problemText).join('\n')}`;
}

export const anchorJson = (r: AnchorVerification) => ({
  ...r,
  coveredPosition: Number(r.coveredPosition),
  problems: r.problems.map((p) => (p.position === undefined ? p : { ...p, position: Number(p.position) })),
});

/** The latest anchor checked with `publicKey` (or the configured key); null when there is none. */
export async function checkLatestAnchor(
  ctx: CliContext,
  publicKey?: string,
): Promise<AnchorVerification | null> {
  // The key is looked for only once there is an anchor: verify --all needs none before the first.
  const anchor = await latestAnchor(ctx.pool);
  return anchor && checkAnchor(ctx.pool, anchor, keysOf(ctx).publicKey(publicKey));
}

/** Exit 0 when the store holds to its latest anchor, 1 when it does not or there is none. */
export async function auditVerifyAnchor(
  ctx: CliContext,
  c: Extract<AuditAnchorCommand, { kind: 'audit-verify-anchor' }>,
): Promise<number> {
  const r = await checkLatestAnchor(ctx, c.publicKey);
  if (c.json) ctx.out.write(`${JSON.stringify(r === null ? { anchor: null, ok: false } : anchorJson(r))}\n`);
  else ctx.out.write(`${anchorText(r)}\n`);
  return r?.ok ? 0 : 1;
}
