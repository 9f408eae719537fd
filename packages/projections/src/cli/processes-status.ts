import type { Pool } from 'pg';
import { LOCK_SPACE } from '../runner/ownership';
import type { CliContext } from './context';
import { table } from './report';

/** `casebook processes status|timers|retry-timer`, once its arguments are checked. */
export type ProcessesCommand =
  | { readonly kind: 'processes-status'; readonly json: boolean }
  | { readonly kind: 'processes-timers'; readonly json: boolean; readonly only?: 'overdue' | 'failed' }
  | { readonly kind: 'processes-retry-timer'; readonly key: string };

export const PROCESSES_USAGE = `  processes status [--json]           each process manager's checkpoint, lag and owner; timers
                                      (waiting, due, overdue, failed) and the outbox (pending, dead)
  processes timers [--overdue|--failed] [--json]
                                      the timers an operator looks at first (50 at most)
  processes retry-timer <key>         a failed timer fires again at once, its attempts counted afresh`;

/** A due timer still pending this long after its instant has been missed by every worker. */
const OVERDUE_SECONDS = 60;

type Parsed = { ok: true; command: ProcessesCommand } | { ok: false; error: string };

/** Checks the arguments after `processes`. */
export function parseProcesses(args: readonly string[]): Parsed {
  const [kind, ...rest] = args;
  const flags = rest.filter((a) => a.startsWith('-'));
  const positional = rest.filter((a) => !a.startsWith('-'));
  const json = flags.includes('--json');
  const unknown = (allowed: string[]) => flags.find((f) => !allowed.includes(f));
  switch (kind) {
    case 'status': {
      const bad = unknown(['--json']) ?? positional[0];
      return bad === undefined ? { ok: true, command: { kind: 'processes-status', json } } : fail(bad);
    }
    case 'timers': {
      const bad = unknown(['--json', '--overdue', '--failed']) ?? positional[0];
      if (bad !== undefined) return fail(bad);
      if (flags.includes('--overdue') && flags.includes('--failed'))
        return { ok: false, error: 'timers takes --overdue or --failed, not both' };
      const only = flags.includes('--overdue')
        ? 'overdue'
        : flags.includes('--failed')
          ? 'failed'
          : undefined;
      return { ok: true, command: { kind: 'processes-timers', json, ...(only ? { only } : {}) } };
    }
    case 'retry-timer': {
      const bad = unknown([]);
      if (bad !== undefined) return fail(bad);
      if (positional.length !== 1 || positional[0] === undefined)
        return { ok: false, error: 'retry-timer takes one timer key (casebook processes timers --failed)' };
      return { ok: true, command: { kind: 'processes-retry-timer', key: positional[0] } };
    }
    case undefined:
      return { ok: false, error: 'missing processes command (status, timers, retry-timer)' };
    default:
      return { ok: false, error: `unknown processes command ${kind}` };
  }
}

const fail = (arg: string): Parsed => ({
  ok: false,
  error: arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg}`,
});

export interface ProcessesStatus {
  readonly processes: ReadonlyArray<{
    readonly name: string;
    readonly checkpoint: number;
    readonly head: number;
    readonly behind: number;
    readonly owner: string | null;
    readonly ownerActive: boolean;
  }>;
  readonly timers: {
    readonly waiting: number;
    readonly due: number;
    readonly overdue: number;
    readonly failed: number;
  };
  readonly outbox: {
    readonly pending: number;
    readonly due: number;
    readonly delivered: number;
    readonly dead: number;
  };
}

/** What an operator needs at a glance; counts from the tables, ownership from PostgreSQL's locks. */
export async function processesStatus(pool: Pool, head: bigint, now: Date): Promise<ProcessesStatus> {
  const { rows } = await pool.query<{
    name: string;
    position: string;
    owner: string | null;
    active: boolean;
  }>(
    `SELECT c.name, c.position, c.owner,
            EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted
                      AND l.classid = $1 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                      AND l.objid = (hashtext(current_schema() || '/process:' || c.name)::bigint & 4294967295)::oid
                      AND l.objsubid = 2) AS active
       FROM process_checkpoints c ORDER BY c.name`,
    [LOCK_SPACE],
  );
  const [timers] = (
    await pool.query<Record<'waiting' | 'due' | 'overdue' | 'failed', string>>(
      `SELECT count(*) FILTER (WHERE status = 'pending' AND due_at > $1) AS waiting,
              count(*) FILTER (WHERE status = 'pending' AND due_at <= $1) AS due,
              count(*) FILTER (WHERE status = 'pending' AND due_at <= $1::timestamptz - make_interval(secs => $2)) AS overdue,
              count(*) FILTER (WHERE status = 'failed') AS failed
         FROM process_timers`,
      [now, OVERDUE_SECONDS],
    )
  ).rows;
  const [outbox] = (
    await pool.query<Record<'pending' | 'due' | 'delivered' | 'dead', string>>(
      `SELECT count(*) FILTER (WHERE status = 'pending') AS pending,
              count(*) FILTER (WHERE status = 'pending' AND next_attempt_at <= $1) AS due,
              count(*) FILTER (WHERE status = 'delivered') AS delivered,
              count(*) FILTER (WHERE status = 'dead') AS dead
         FROM outbox`,
      [now],
    )
  ).rows;
  const n = (s: string | undefined) => Number(s ?? 0);
  return {
    processes: rows.map((r) => ({
      name: r.name,
      checkpoint: n(r.position),
      head: Number(head),
      behind: Math.max(0, Number(head) - n(r.position)),
      owner: r.owner,
      ownerActive: r.active,
    })),
    timers: {
      waiting: n(timers?.waiting),
      due: n(timers?.due),
      overdue: n(timers?.overdue),
      failed: n(timers?.failed),
    },
    outbox: {
      pending: n(outbox?.pending),
      due: n(outbox?.due),
      delivered: n(outbox?.delivered),
      dead: n(outbox?.dead),
    },
  };
}

const statusText = (s: ProcessesStatus): string => {
  const owner = (p: ProcessesStatus['processes'][number]) =>
    p.owner === null
      ? p.ownerActive
        ? '(running)'
        : '-'
      : `${p.owner} ${p.ownerActive ? '(active)' : '(gone)'}`;
  const rows = s.processes.map((p) => [
    p.name,
    String(p.checkpoint),
    String(p.head),
    String(p.behind),
    owner(p),
  ]);
  const t = s.timers;
  const o = s.outbox;
  return [
    table(['PROCESS', 'CHECKPOINT', 'HEAD', 'BEHIND', 'OWNER'], rows),
    '',
    `timers: ${t.waiting} waiting, ${t.due} due, ${t.overdue} overdue (due over ${OVERDUE_SECONDS} s ago), ${t.failed} failed`,
    `outbox: ${o.pending} pending (${o.due} due), ${o.delivered} delivered, ${o.dead} dead letters`,
  ].join('\n');
};

interface TimerLine {
  key: string;
  process: string;
  kind: string;
  due_at: Date;
  status: string;
  attempts: number;
  last_error: string | null;
}

/** `casebook processes status`: exit 1 when a timer failed or is overdue, so a cron check can alert. */
export async function showProcessesStatus(ctx: CliContext, json: boolean): Promise<number> {
  const s = await processesStatus(
    ctx.pool,
    await ctx.store.headPosition(),
    new Date(ctx.now?.() ?? Date.now()),
  );
  ctx.out.write(`${json ? JSON.stringify(s) : statusText(s)}\n`);
  return s.timers.failed > 0 || s.timers.overdue > 0 ? 1 : 0;
}

/** `casebook processes timers`: the next and the late ones first. */
export async function listTimers(
  ctx: CliContext,
  only: 'overdue' | 'failed' | undefined,
  json: boolean,
): Promise<number> {
  const now = new Date(ctx.now?.() ?? Date.now());
  const where =
    only === 'failed'
      ? `status = 'failed'`
      : only === 'overdue'
        ? `status = 'pending' AND due_at <= $1::timestamptz - make_interval(secs => ${OVERDUE_SECONDS})`
        : `status IN ('pending', 'failed')`;
  const { rows } = await ctx.pool.query<TimerLine>(
    `SELECT key, process, kind, due_at, status, attempts, last_error FROM process_timers
      WHERE ${where} AND $1::timestamptz IS NOT NULL ORDER BY due_at LIMIT 50`,
    [now],
  );
  if (json) ctx.out.write(`${JSON.stringify(rows)}\n`);
  else
    ctx.out.write(
      `${table(
        ['KEY', 'PROCESS', 'KIND', 'DUE', 'STATUS', 'ATTEMPTS', 'LAST ERROR'],
        rows.map((r) => [
          r.key,
          r.process,
          r.kind,
          r.due_at.toISOString(),
          r.status,
          String(r.attempts),
          r.last_error ?? '-',
        ]),
      )}\n`,
    );
  return 0;
}

/** `casebook processes retry-timer <key>`: only a failed timer; exit 1 when there is none. */
export async function retryTimer(ctx: CliContext, key: string): Promise<number> {
  const { rowCount } = await ctx.pool.query(
    `UPDATE process_timers SET status = 'pending', attempts = 0, due_at = $2, last_error = NULL,
            claimed_by = NULL, claimed_until = NULL, updated_at = now()
      WHERE key = $1 AND status = 'failed'`,
    [key, new Date(ctx.now?.() ?? Date.now())],
  );
  if (rowCount === 0) {
    ctx.err.write(`no failed timer ${key} (casebook processes timers --failed lists them)\n`);
    return 1;
  }
  ctx.out.write(`timer ${key} will fire again at once\n`);
  return 0;
}
