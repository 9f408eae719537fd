import { SINGLE_LINE, textFault } from '@casebook/domain';
import { parseAuditArgs, type AuditCommand } from './audit-args';
import { AUDIT_CLOCKS_USAGE, parseAuditClocks, type AuditClocksCommand } from './audit-clocks';
import {
  AUDIT_USAGE as AUDIT_VERIFY_USAGE,
  type AuditVerifyCommand,
  parseAuditVerify,
} from './audit-verify-args';
import { ANCHOR_USAGE, type AuditAnchorCommand, parseAuditAnchor } from './audit-anchor-args';
import { EXPORT_USAGE, type AuditExportCommand, parseAuditExport } from './audit-export-args';
import { parseProcesses, PROCESSES_USAGE, type ProcessesCommand } from './processes-status';
import { OUTBOX_USAGE, type OutboxCommand, parseOutboxArgs } from './processes-outbox';

/** What `casebook projections ...` or `casebook audit ...` was asked to do, once checked. */
export type Command =
  | AuditCommand
  | AuditClocksCommand
  | AuditVerifyCommand
  | AuditAnchorCommand
  | AuditExportCommand
  | ProcessesCommand
  | OutboxCommand
  | { readonly kind: 'help' }
  | { readonly kind: 'status'; readonly json: boolean }
  | { readonly kind: 'rebuild'; readonly name: string; readonly pageSize?: number }
  | { readonly kind: 'verify'; readonly name: string; readonly json: boolean; readonly pageSize?: number }
  | { readonly kind: 'run'; readonly names: readonly string[] };

export type Parsed =
  { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly error: string };

export const USAGE = `usage: casebook projections <command> [options]
       casebook processes <command> [options]
       casebook audit <command> [options]
       casebook processes <command> [options]

commands:
  status [--json]                     checkpoint, head, lag and owner of every projection
  rebuild <name> [--page-size N]      rebuild into fresh tables while the live model serves, then swap
  verify <name> [--json] [--page-size N]
                                      fold the log again and list rows that differ (exit 1 on drift)
  run [name...]                       run the projection workers until SIGTERM or SIGINT
${PROCESSES_USAGE}
${AUDIT_CLOCKS_USAGE}
${AUDIT_VERIFY_USAGE}
${ANCHOR_USAGE}
${EXPORT_USAGE}
${OUTBOX_USAGE}

connection: DATABASE_URL (PostgreSQL), else the embedded store in CASEBOOK_DATA_DIR (default .casebook);
            EVENTSTORE_URL puts the events in EventStoreDB (no anchors there)
exit codes: 0 ok, 1 drift, a broken chain or failure, 2 usage`;

const fail = (error: string): Parsed => ({ ok: false, error });

interface Split {
  readonly positional: string[];
  readonly json: boolean;
  readonly pageSize?: number;
  readonly error?: string;
}

/** Separates flags from positional arguments; an unknown flag or a bad value is an error. */
function split(args: readonly string[]): Split {
  const positional: string[] = [];
  let json = false;
  let pageSize: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--page-size') {
      pageSize = Number(args[++i]);
      if (!Number.isInteger(pageSize) || pageSize < 1) {
        return { positional, json, error: '--page-size needs a positive integer' };
      }
    } else if (a.startsWith('-')) return { positional, json, error: `unknown option ${a}` };
    else positional.push(a);
  }
  return { positional, json, pageSize };
}

/** Checks one command's positional arguments and flags against what it accepts. */
function command(kind: string, s: Split, names: readonly string[]): Parsed {
  const unknown = s.positional.find((n) => !names.includes(n));
  const one = (): string | undefined => (s.positional.length === 1 ? s.positional[0] : undefined);
  const pageSize = s.pageSize === undefined ? {} : { pageSize: s.pageSize };
  switch (kind) {
    case 'status':
      if (s.positional.length > 0 || s.pageSize !== undefined) return fail('status takes only --json');
      return { ok: true, command: { kind, json: s.json } };
    case 'rebuild':
    case 'verify': {
      const name = one();
      if (name === undefined) return fail(`${kind} takes one projection name (${names.join(', ')})`);
      if (unknown !== undefined) return fail(`unknown projection ${unknown} (known: ${names.join(', ')})`);
      if (kind === 'rebuild' && s.json) return fail('rebuild does not take --json');
      return {
        ok: true,
        command: kind === 'rebuild' ? { kind, name, ...pageSize } : { kind, name, json: s.json, ...pageSize },
      };
    }
    case 'run':
      if (unknown !== undefined) return fail(`unknown projection ${unknown} (known: ${names.join(', ')})`);
      if (s.json || s.pageSize !== undefined) return fail('run takes only projection names');
      return { ok: true, command: { kind, names: [...new Set(s.positional)] } };
    default:
      return fail(`unknown command ${kind}`);
  }
}

/**
 * Parses `casebook <argv>`, e.g. `['projections', 'verify', 'complaints', '--json']`. `names` are
 * the known projections, so a misspelt name fails here, before any database is opened.
 */
export function parseArgs(argv: readonly string[], names: readonly string[]): Parsed {
  // Arguments are text like any other input (the domain's rules): a NUL or an escape sequence is
  // a usage error named here, never a database error or a garbled terminal later.
  const faulty = argv.findIndex((a) => textFault(a, SINGLE_LINE) !== undefined);
  if (faulty >= 0) return fail(`argument ${faulty + 1} ${textFault(argv[faulty]!, SINGLE_LINE)}`);
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    return { ok: true, command: { kind: 'help' } };
  }
  const [group, kind, ...rest] = argv;
  if (group === undefined) return fail('missing command');
  if (group === 'audit' && kind === 'verify') return parseAuditVerify(rest);
  if (group === 'audit' && (kind === 'anchor' || kind === 'verify-anchor'))
    return parseAuditAnchor(kind, rest);
  if (group === 'audit' && (kind === 'export' || kind === 'check-export'))
    return parseAuditExport(kind, rest);
  if (group === 'audit' && kind === 'clocks') return parseAuditClocks(rest);
  if (group === 'audit') return parseAuditArgs(argv.slice(1));
  if (group === 'processes' && (kind === 'outbox' || kind === 'retry')) return parseOutboxArgs(kind, rest);
  if (group === 'processes') return parseProcesses(argv.slice(1));
  if (group !== 'projections') return fail(`unknown command ${group}`);
  if (kind === undefined) return fail('missing projections command');
  const s = split(rest);
  if (s.error !== undefined) return fail(s.error);
  return command(kind, s, names);
}
