import { readFileSync } from 'node:fs';
import { checkExport, complaintExport, manifestPath, windowExport, writeExport } from '../audit';
import type { AuditKeySource } from './audit-keys';
import type { AuditExportCommand } from './audit-export-args';
import type { CliContext } from './context';
import type { Output } from './progress';

/** What a checked export proves, said beside every "ok" so nobody reads more into it. */
const LIMIT =
  "the file is what the key holder signed and its chains hold; that the store held nothing else is the anchor's to show";

/** `casebook audit export`: exit 1 for an unknown complaint. */
export async function auditExport(
  ctx: CliContext,
  c: Extract<AuditExportCommand, { kind: 'audit-export' }>,
): Promise<number> {
  if (!ctx.keys) throw new Error('no audit key source in this context');
  const key = ctx.keys.signingKey();
  const lines = c.window
    ? await windowExport(ctx.pool, ctx.store, c.window.from, c.window.to)
    : await complaintExport(ctx.store, c.complaintId!);
  if (lines === null) {
    ctx.err.write(`casebook: no complaint ${c.complaintId}\n`);
    return 1;
  }
  const range = c.window
    ? { kind: 'window' as const, from: c.window.from.toISOString(), to: c.window.to.toISOString() }
    : { kind: 'complaint' as const, complaintId: c.complaintId! };
  const m = writeExport(c.out, lines, range, key);
  ctx.out.write(
    `wrote ${m.eventCount} events of ${m.streams.length} streams to ${c.out} (sha256 ${m.sha256})\n` +
      `manifest ${manifestPath(c.out)}, signed by ${m.publicKey}\n`,
  );
  return 0;
}

/** Needs no database: the file, its manifest and a public key. Exit 0 when it checks, 1 otherwise. */
export function auditCheckExport(
  io: { readonly out: Output; readonly keys: AuditKeySource },
  c: Extract<AuditExportCommand, { kind: 'audit-check-export' }>,
): number {
  const publicKey = io.keys.publicKey(c.publicKey);
  const r = checkExport(
    readFileSync(c.file),
    readFileSync(c.manifest ?? manifestPath(c.file), 'utf8'),
    publicKey,
  );
  if (c.json) io.out.write(`${JSON.stringify(r)}\n`);
  else if (r.ok)
    io.out.write(`${c.file}: ok, ${r.events} events; digest, chains and signature check\nnote: ${LIMIT}\n`);
  else io.out.write(`${c.file}: REFUSED\n${r.problems.map((p) => `${p.kind}: ${p.detail}`).join('\n')}\n`);
  return r.ok ? 0 : 1;
}
