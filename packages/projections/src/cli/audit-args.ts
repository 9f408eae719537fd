import { isId, parseInstant } from '@casebook/domain';
import { TIMELINES, type Timeline } from '@casebook/event-store';

export const HISTORY_FORMATS = ['text', 'json', 'csv'] as const;
export type HistoryFormat = (typeof HISTORY_FORMATS)[number];

/** What `casebook audit ...` was asked to do. */
export type AuditCommand =
  | { readonly kind: 'audit-history'; readonly complaintId: string; readonly format: HistoryFormat }
  | {
      readonly kind: 'audit-state';
      readonly complaintId: string;
      readonly asOf: string;
      readonly timeline: Timeline;
    };

export const AUDIT_USAGE = `usage: casebook audit <command> [options]

commands:
  history <complaintId> [--format text|json|csv]
                                      every event of the complaint and of its refunds, escalations
                                      and interactions, in log order (text: a readable timeline)
  state <complaintId> --as-of <instant> [--timeline recorded|occurred]
                                      the complaint's state as the system knew it at the instant
                                      (recorded, the default) or as the facts had happened (occurred)`;

type Parsed =
  { readonly ok: true; readonly command: AuditCommand } | { readonly ok: false; readonly error: string };
const fail = (error: string): Parsed => ({ ok: false, error });

/** `--name value` pairs and positional arguments; a flag without its value or a repeated one is an error. */
function options(args: readonly string[], known: readonly string[]) {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) positional.push(a);
    else if (!known.includes(a)) return { error: `unknown option ${a}` };
    else if (args[i + 1] === undefined) return { error: `${a} needs a value` };
    else if (flags[a] !== undefined) return { error: `${a} given twice` };
    else flags[a] = args[++i]!;
  }
  return { flags, positional };
}

/** A complaint id no command could have created: said before any database is opened. */
export const notAComplaintId = (id: string): string =>
  `${JSON.stringify(id).slice(0, 80)} is not a complaint id (1-128 characters: letters, digits, _ . : -)`;

/** Parses the words after `audit`, e.g. `['history', 'c-1', '--format', 'csv']`. */
export function parseAuditArgs(args: readonly string[]): Parsed {
  const [kind, ...rest] = args;
  if (kind !== 'history' && kind !== 'state')
    return fail(kind ? `unknown audit command ${kind}` : 'missing audit command');
  const o = options(rest, kind === 'history' ? ['--format'] : ['--as-of', '--timeline']);
  if ('error' in o) return fail(o.error!);
  const [complaintId, extra] = o.positional;
  if (complaintId === undefined || extra !== undefined) return fail(`audit ${kind} takes one complaint id`);
  if (!isId(complaintId)) return fail(notAComplaintId(complaintId));
  if (kind === 'history') {
    const format = o.flags['--format'] ?? 'text';
    if (!(HISTORY_FORMATS as readonly string[]).includes(format))
      return fail(`--format must be one of ${HISTORY_FORMATS.join(', ')}`);
    return { ok: true, command: { kind: 'audit-history', complaintId, format: format as HistoryFormat } };
  }
  const asOf = o.flags['--as-of'];
  if (asOf === undefined || Number.isNaN(parseInstant(asOf)))
    return fail('--as-of needs an ISO-8601 UTC instant such as 2024-03-01T09:30:00Z');
  const timeline = o.flags['--timeline'] ?? 'recorded';
  if (!(TIMELINES as readonly string[]).includes(timeline))
    return fail(`--timeline must be one of ${TIMELINES.join(', ')}`);
  return { ok: true, command: { kind: 'audit-state', complaintId, asOf, timeline: timeline as Timeline } };
}
