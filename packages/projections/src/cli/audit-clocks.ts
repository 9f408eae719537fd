import { formatInstant, isId, type ComplaintClocks, type MilestoneClock } from '@casebook/domain';
import { notAComplaintId } from './audit-args';
import { readComplaintClocks } from '../audit/clocks';
import type { CliContext } from './context';

/** `casebook audit clocks <complaintId> [--json]`, once its arguments are checked. */
export interface AuditClocksCommand {
  readonly kind: 'audit-clocks';
  readonly complaintId: string;
  readonly json: boolean;
}

export const AUDIT_CLOCKS_USAGE = `  audit clocks <complaintId> [--json]
                                      every regulatory deadline of one complaint: due, met, status`;

/** Checks the arguments after `audit clocks`. */
export function parseAuditClocks(
  args: readonly string[],
): { ok: true; command: AuditClocksCommand } | { ok: false; error: string } {
  const json = args.includes('--json');
  const flag = args.find((a) => a.startsWith('-') && a !== '--json');
  if (flag !== undefined) return { ok: false, error: `unknown option ${flag}` };
  const ids = args.filter((a) => a !== '--json');
  if (ids.length !== 1 || ids[0] === undefined)
    return { ok: false, error: 'audit clocks takes one complaint id' };
  if (!isId(ids[0])) return { ok: false, error: notAComplaintId(ids[0]) };
  return { ok: true, command: { kind: 'audit-clocks', complaintId: ids[0], json } };
}

const met = (c: MilestoneClock): string => (c.metAt === null ? '-' : `${c.metAt} (${c.metBy})`);
const due = (c: MilestoneClock): string =>
  c.dueAt === null ? 'paused' : `${c.dueAt}${c.extended ? ' (extended)' : ''}`;
const status = (c: MilestoneClock): string => (c.obligation ? c.status : `${c.status} (option)`);

/** Columns padded to their widest cell, so the table reads in a terminal and in a log. */
const table = (rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
};

/** The clocks as an auditor reads them: what judged them, then one line per deadline. */
export function clocksTable(c: ComplaintClocks): string {
  const head = [
    `complaint ${c.complaintId}, regime ${c.regime}, filed ${c.filedAt}, judged at ${c.judgedAt}`,
    c.policy === null || c.calendar === null
      ? 'no regulatory policy applies to this regime: no clocks'
      : `policy ${c.policy.version} (${c.policy.name}), calendar ${c.calendar.timeZone} with ${c.calendar.holidays} holidays`,
  ];
  if (c.clocks.length === 0) return head.join('\n');
  const rows = c.clocks.map((k) => [k.milestone, k.target, due(k), met(k), status(k)]);
  return [...head, '', table([['milestone', 'target', 'due', 'met', 'status'], ...rows])].join('\n');
}

/** Prints one complaint's clocks, judged now; exit code 1 when there is no such complaint. */
export async function auditClocks(
  ctx: Pick<CliContext, 'store' | 'out' | 'err' | 'now' | 'sla'>,
  command: AuditClocksCommand,
): Promise<number> {
  const now = formatInstant(ctx.now?.() ?? Date.now());
  const clocks = await readComplaintClocks(ctx.store, command.complaintId, now, undefined, ctx.sla);
  if (clocks === null) {
    ctx.err.write(`casebook: no complaint ${command.complaintId}\n`);
    return 1;
  }
  ctx.out.write(`${command.json ? JSON.stringify(clocks, null, 2) : clocksTable(clocks)}\n`);
  return 0;
}
