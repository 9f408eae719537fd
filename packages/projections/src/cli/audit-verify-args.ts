/** `casebook audit verify [<streamId> | --all] [--json] [--page-size N]`, once checked. */
export interface AuditVerifyCommand {
  readonly kind: 'audit-verify';
  /** One stream, or undefined for every stream (`--all`). */
  readonly streamId?: string;
  readonly json: boolean;
  readonly pageSize?: number;
  /** With --all: the key the latest anchor must be signed with (else the configured key). */
  readonly publicKey?: string;
}

export const AUDIT_USAGE = `  audit verify <streamId> | --all [--json] [--page-size N] [--public-key <file|base64>]
                                      recompute hash chains; name the first broken link (exit 1 when broken);
                                      --all also holds the store to its latest anchor`;

type ParsedVerify =
  | { readonly ok: true; readonly command: AuditVerifyCommand }
  | { readonly ok: false; readonly error: string };

/** The arguments after `audit verify`; exactly one of a stream id or `--all`. */
export function parseAuditVerify(args: readonly string[]): ParsedVerify {
  const fail = (error: string): ParsedVerify => ({ ok: false, error });
  const streams: string[] = [];
  let all = false;
  let json = false;
  let pageSize: number | undefined;
  let publicKey: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--all') all = true;
    else if (a === '--json') json = true;
    else if (a === '--page-size') {
      pageSize = Number(args[++i]);
      if (!Number.isInteger(pageSize) || pageSize < 1) return fail('--page-size needs a positive integer');
    } else if (a === '--public-key') {
      publicKey = args[++i];
      if (publicKey === undefined) return fail('--public-key needs a file or a base64 key');
    } else if (a.startsWith('-')) return fail(`unknown option ${a}`);
    else streams.push(a);
  }
  if (all === streams.length > 0 || streams.length > 1) {
    return fail('audit verify takes one stream id or --all');
  }
  if (publicKey !== undefined && !all)
    return fail('--public-key goes with --all (the anchor covers every stream)');
  const page = pageSize === undefined ? {} : { pageSize };
  const key = publicKey === undefined ? {} : { publicKey };
  return { ok: true, command: { kind: 'audit-verify', streamId: streams[0], json, ...page, ...key } };
}
