import { type AnyProjection, projectionStatus, rebuildProjection, verifyProjection } from '../index';
import type { Command } from './args';
import { auditClocks } from './audit-clocks';
import { auditAnchor, auditVerifyAnchor } from './audit-anchor';
import { auditExport } from './audit-export';
import { auditVerify } from './audit-verify';
import type { CliContext } from './context';
import { count, ProgressLine } from './progress';
import { rebuildSummary, statusJson, statusTable, verifyJson, verifyReport } from './report';
import { runWorkers } from './run';
import { runAudit } from './audit';
import { listTimers, retryTimer, showProcessesStatus } from './processes-status';
import { processesOutbox, processesRetry } from './processes-outbox';

/** Drifted rows listed (JSON included); the count covers them all. */
const SHOWN_DRIFTS = 20;

const find = (ctx: CliContext, name: string): AnyProjection => {
  const p = ctx.projections.find((x) => x.name === name);
  if (!p) throw new Error(`unknown projection ${name}`);
  return p;
};

export async function status(ctx: CliContext, json: boolean): Promise<number> {
  const statuses = await projectionStatus(ctx.pool, ctx.store, ctx.projections);
  ctx.out.write(`${json ? statusJson(statuses) : statusTable(statuses)}\n`);
  return 0;
}

/** A rebuild goes as far as the live model had got: say so when no worker takes it further. */
async function warnIfIdle(ctx: CliContext, projection: AnyProjection): Promise<void> {
  const [s] = await projectionStatus(ctx.pool, ctx.store, [projection]);
  if (!s || s.ownerActive || s.eventsBehind === 0) return;
  ctx.err.write(
    `note: no worker runs ${s.name}; it stays at position ${count(s.checkpoint)} of ${count(s.head)} ` +
      'until one does (casebook projections run, or the API)\n',
  );
}

export async function rebuild(ctx: CliContext, name: string, pageSize?: number): Promise<number> {
  const line = new ProgressLine(name, ctx.err, ctx.now);
  ctx.err.write(`rebuilding ${name} into fresh tables; the live model keeps serving until the swap\n`);
  try {
    const result = await rebuildProjection({
      pool: ctx.pool,
      store: ctx.store,
      projection: find(ctx, name),
      pageSize,
      onProgress: (p) => line.update(p),
      signal: ctx.signal,
    });
    line.finish();
    ctx.out.write(`${rebuildSummary(name, result)}\n`);
    await warnIfIdle(ctx, find(ctx, name));
    return 0;
  } catch (e) {
    line.finish();
    if (!ctx.signal.aborted) throw e;
    ctx.err.write(`rebuild of ${name} cancelled; the live model is unchanged\n`);
    return 1;
  }
}

/** Exit code 1 when the live model drifted from the log. */
export async function verify(
  ctx: CliContext,
  name: string,
  json: boolean,
  pageSize?: number,
): Promise<number> {
  const line = new ProgressLine(`verify ${name}`, ctx.err, ctx.now);
  try {
    const result = await verifyProjection({
      pool: ctx.pool,
      store: ctx.store,
      projection: find(ctx, name),
      pageSize,
      maxDrifts: SHOWN_DRIFTS,
      onProgress: (p) => line.update(p),
      signal: ctx.signal,
    });
    line.finish();
    const report = json ? verifyJson(name, result, SHOWN_DRIFTS) : verifyReport(name, result, SHOWN_DRIFTS);
    ctx.out.write(`${report}\n`);
    return result.driftCount > 0 ? 1 : 0;
  } catch (e) {
    line.finish();
    if (!ctx.signal.aborted) throw e;
    ctx.err.write(`verify of ${name} cancelled\n`);
    return 1;
  }
}

/** Runs a parsed command (not `help`, which needs no database); resolves to the exit code. */
export function execute(
  ctx: CliContext,
  command: Exclude<Command, { kind: 'help' | 'audit-check-export' }>,
): Promise<number> {
  switch (command.kind) {
    case 'status':
      return status(ctx, command.json);
    case 'rebuild':
      return rebuild(ctx, command.name, command.pageSize);
    case 'verify':
      return verify(ctx, command.name, command.json, command.pageSize);
    case 'run':
      return runWorkers(ctx, command.names);
    case 'audit-history':
    case 'audit-state':
      return runAudit(ctx, command);
    case 'audit-clocks':
      return auditClocks(ctx, command);
    case 'processes-status':
      return showProcessesStatus(ctx, command.json);
    case 'processes-timers':
      return listTimers(ctx, command.only, command.json);
    case 'processes-retry-timer':
      return retryTimer(ctx, command.key);
    case 'audit-verify':
      return auditVerify(ctx, command);
    case 'audit-anchor':
      return auditAnchor(ctx, command);
    case 'audit-verify-anchor':
      return auditVerifyAnchor(ctx, command);
    case 'audit-export':
      return auditExport(ctx, command);
    case 'processes-outbox':
      return processesOutbox(ctx, command.json);
    case 'processes-retry':
      return processesRetry(ctx, command.message);
  }
}
