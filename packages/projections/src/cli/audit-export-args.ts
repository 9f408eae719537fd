import { isId } from '@casebook/domain';
import { notAComplaintId } from './audit-args';
/** `casebook audit export ...` and `casebook audit check-export <file> ...`, once checked. */
export type AuditExportCommand =
  | {
      readonly kind: 'audit-export';
      readonly out: string;
      readonly complaintId?: string;
      readonly window?: { readonly from: Date; readonly to: Date };
    }
  | {
      readonly kind: 'audit-check-export';
      readonly file: string;
      readonly manifest?: string;
      readonly publicKey?: string;
      readonly json: boolean;
    };

export const EXPORT_USAGE = `  audit export --complaint <id> | --from <instant> --to <instant> [--out <file>]
                                      write the events as JSON Lines and a signed manifest beside them
  audit check-export <file> [--manifest <file>] [--public-key <file|base64>] [--json]
                                      check an export offline: digest, chains, signature (exit 1 on any mismatch)`;

type Parsed =
  | { readonly ok: true; readonly command: AuditExportCommand }
  | { readonly ok: false; readonly error: string };

/** `--name value` pairs and positionals; a flag without a value is an error. */
function options(args: readonly string[], flags: readonly string[]) {
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') values.set(a, 'true');
    else if (flags.includes(a)) {
      const v = args[++i];
      if (v === undefined) return { error: `${a} needs a value` };
      values.set(a, v);
    } else if (a.startsWith('-')) return { error: `unknown option ${a}` };
    else positional.push(a);
  }
  return { values, positional };
}

const instant = (text: string | undefined): Date | undefined => {
  if (text === undefined || !/^\d{4}-\d\d-\d\dT/.test(text)) return undefined;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? undefined : d;
};

function parseExport(args: readonly string[]): Parsed {
  const o = options(args, ['--complaint', '--from', '--to', '--out']);
  if ('error' in o) return { ok: false, error: o.error! };
  const { values: v } = o;
  if (o.positional.length > 0 || v.has('--json'))
    return { ok: false, error: 'audit export takes only options' };
  const complaintId = v.get('--complaint');
  if (complaintId !== undefined && !isId(complaintId))
    return { ok: false, error: notAComplaintId(complaintId) };
  const [from, to] = [instant(v.get('--from')), instant(v.get('--to'))];
  const windowAsked = v.has('--from') || v.has('--to');
  if ((complaintId === undefined) === !windowAsked) {
    return { ok: false, error: 'audit export takes --complaint <id> or --from <instant> --to <instant>' };
  }
  if (windowAsked && (!from || !to || from >= to)) {
    return { ok: false, error: '--from and --to need ISO instants (2026-11-23T00:00:00Z), from before to' };
  }
  const name = complaintId === undefined ? `window-${from!.toISOString()}` : `complaint-${complaintId}`;
  const out = v.get('--out') ?? `casebook-export-${name.replace(/[^A-Za-z0-9._-]/g, '_')}.jsonl`;
  const which = complaintId === undefined ? { window: { from: from!, to: to! } } : { complaintId };
  return { ok: true, command: { kind: 'audit-export', out, ...which } };
}

function parseCheck(args: readonly string[]): Parsed {
  const o = options(args, ['--manifest', '--public-key']);
  if ('error' in o) return { ok: false, error: o.error! };
  if (o.positional.length !== 1) return { ok: false, error: 'audit check-export takes one file' };
  const manifest = o.values.get('--manifest');
  const publicKey = o.values.get('--public-key');
  return {
    ok: true,
    command: {
      kind: 'audit-check-export',
      file: o.positional[0]!,
      json: o.values.has('--json'),
      ...(manifest === undefined ? {} : { manifest }),
      ...(publicKey === undefined ? {} : { publicKey }),
    },
  };
}

export const parseAuditExport = (kind: 'export' | 'check-export', args: readonly string[]): Parsed =>
  kind === 'export' ? parseExport(args) : parseCheck(args);
