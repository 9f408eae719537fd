/** `casebook audit anchor [--json]` and `casebook audit verify-anchor [--public-key K] [--json]`. */
export type AuditAnchorCommand =
  | { readonly kind: 'audit-anchor'; readonly json: boolean }
  | { readonly kind: 'audit-verify-anchor'; readonly json: boolean; readonly publicKey?: string };

export const ANCHOR_USAGE = `  audit anchor [--json]               sign a digest of every stream head (a Merkle root) and record it
  audit verify-anchor [--public-key <file|base64>] [--json]
                                      hold the store to its latest anchor (exit 1 when it does not)`;

type Parsed =
  | { readonly ok: true; readonly command: AuditAnchorCommand }
  | { readonly ok: false; readonly error: string };

/** The arguments after `audit anchor` or `audit verify-anchor`. */
export function parseAuditAnchor(kind: 'anchor' | 'verify-anchor', args: readonly string[]): Parsed {
  let json = false;
  let publicKey: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--public-key' && kind === 'verify-anchor') {
      publicKey = args[++i];
      if (publicKey === undefined) return { ok: false, error: '--public-key needs a file or a base64 key' };
    } else return { ok: false, error: `audit ${kind}: unexpected ${a}` };
  }
  if (kind === 'anchor') return { ok: true, command: { kind: 'audit-anchor', json } };
  const key = publicKey === undefined ? {} : { publicKey };
  return { ok: true, command: { kind: 'audit-verify-anchor', json, ...key } };
}
