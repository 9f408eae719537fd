import {
  type BrokenLink,
  type LogVerification,
  storedForm,
  verifyAll,
  verifyStream,
} from '@casebook/event-store';
import { anchorJson, anchorText, checkLatestAnchor } from './audit-anchor';
import type { AuditVerifyCommand } from './audit-verify-args';
import type { CliContext } from './context';
import { count } from './progress';

/** What a chain cannot show, said beside every "intact" so nobody reads more into it. */
const LIMIT = 'a chain cannot show deleted trailing events or deleted streams (the anchor does)';

const linkJson = (b: BrokenLink) => ({ ...b, position: Number(b.position) });

function linkText(b: BrokenLink): string {
  const hashes =
    b.storedHash && b.expectedHash ? `\n  stored   ${b.storedHash}\n  expected ${b.expectedHash}` : '';
  return `${b.streamId}: BROKEN at position ${b.position} (${b.kind}): ${b.detail}${hashes}`;
}

function allText(r: LogVerification): string {
  const head = `verified ${count(r.events)} events in ${count(r.streams)} streams`;
  if (r.ok) return `${head}: every chain intact\nnote: ${LIMIT}`;
  return `${head}: ${count(r.broken.length)} broken\n${r.broken.map(linkText).join('\n')}`;
}

/** Exit code 0 when every chain verified is intact, 1 when one is broken or the stream is unknown. */
export async function auditVerify(ctx: CliContext, c: AuditVerifyCommand): Promise<number> {
  const options = c.pageSize === undefined ? {} : { pageSize: c.pageSize };
  if (c.streamId === undefined) {
    const r = await verifyAll(storedForm(ctx.store), options);
    // Chains say nothing of what was cut off; the latest anchor (if any) does.
    const anchor = ctx.keys ? await checkLatestAnchor(ctx, c.publicKey) : null;
    const ok = r.ok && (anchor?.ok ?? true);
    const json = {
      streams: r.streams,
      events: r.events,
      ok,
      broken: r.broken.map(linkJson),
      ...(anchor ? { anchor: anchorJson(anchor) } : {}),
    };
    const text = ctx.keys ? `${allText(r)}\n${anchorText(anchor)}` : allText(r);
    ctx.out.write(`${c.json ? JSON.stringify(json) : text}\n`);
    return ok ? 0 : 1;
  }
  const r = await verifyStream(storedForm(ctx.store), c.streamId, options);
  if (!r) {
    ctx.err.write(`casebook: no stream ${c.streamId}\n`);
    return 1;
  }
  if (c.json) {
    const json = {
      streamId: r.streamId,
      events: r.events,
      ok: r.ok,
      ...(r.brokenAt ? { brokenAt: linkJson(r.brokenAt) } : {}),
    };
    ctx.out.write(`${JSON.stringify(json)}\n`);
  } else {
    ctx.out.write(
      r.brokenAt ? `${linkText(r.brokenAt)}\n` : `${r.streamId}: chain intact, ${count(r.events)} events\n`,
    );
  }
  return r.ok ? 0 : 1;
}
