#!/usr/bin/env node
import { resolve } from 'node:path';
import { projections } from '../index';
import { readSlaConfig } from '../processes/sla/sla-config';
import { type Command, parseArgs, USAGE } from './args';
import { AUDIT_USAGE } from './audit-args';
import { anchorIntervalMs } from './anchor-job';
import { auditCheckExport } from './audit-export';
import { auditKeys } from './audit-keys';
import { execute } from './commands';
import { connect } from './connect';
import type { Output } from './progress';
import { settingsProblems } from './settings';

/** Workers hold a connection each for their ownership lock, and a page takes another. */
const poolSize = (command: Command): number => (command.kind === 'run' ? 2 * projections.length + 2 : 4);

const output = (stream: NodeJS.WriteStream): Output => ({
  write: (text) => stream.write(text),
  isTTY: stream.isTTY === true,
});

/**
 * The first SIGTERM or SIGINT asks the command to stop (workers at a page boundary, a rebuild
 * drops its copy); a second one exits at once.
 */
function stopSignal(): AbortSignal {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write(`${name}: stopping (again to exit at once)\n`);
    controller.abort();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return controller.signal;
}

/** The commands that need the event table (stream heads) in PostgreSQL. */
const ANCHOR_COMMANDS = new Set<Command['kind']>(['audit-anchor', 'audit-verify-anchor']);

/** Connects, runs the command, closes: resolves to the exit code. */
async function connected(
  command: Exclude<Command, { kind: 'help' | 'audit-check-export' }>,
): Promise<number> {
  const conn = await connect({
    databaseUrl: process.env.DATABASE_URL || undefined,
    eventStoreUrl: process.env.EVENTSTORE_URL || undefined,
    dataDir: process.env.CASEBOOK_DATA_DIR,
    poolSize: poolSize(command),
  });
  try {
    // On PGlite every socket client shares one session, so ownership locks exclude nobody there:
    // workers beside the owning process's own workers would fight over every page.
    if (command.kind === 'run' && conn.ownerPid !== null) {
      const pid = conn.ownerPid;
      process.stderr.write(
        `casebook: process ${pid} (the API or another casebook command) owns the embedded store; ` +
          `workers here would share its one session and fight its own over every page: stop it first, or use PostgreSQL\n`,
      );
      return 1;
    }
    const err = output(process.stderr);
    if (conn.events === 'eventstoredb' && ANCHOR_COMMANDS.has(command.kind)) {
      err.write(
        `casebook: anchors read the heads from PostgreSQL's event table; with EVENTSTORE_URL there are none to sign\n`,
      );
      return 1;
    }
    const keys = auditKeys({ env: process.env, dataDir: conn.dataDir, log: (t) => err.write(t) });
    // No periodic anchor over EventStoreDB either (see above).
    const anchorEveryMs =
      conn.events === 'eventstoredb' ? 0 : anchorIntervalMs(process.env.CASEBOOK_ANCHOR_INTERVAL_SECONDS);
    const out = output(process.stdout);
    const config = readSlaConfig(process.env.CASEBOOK_SLA_CONFIG);
    const sla = config.ok ? config.settings : {};
    const ctx = { ...conn, projections, out, err, signal: stopSignal(), keys, anchorEveryMs, sla };
    return await execute(ctx, command);
  } finally {
    await conn.close();
  }
}

/** `casebook <argv>`, resolving to the exit code: 0 ok, 1 drift, failure or wrong settings, 2 usage. */
export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(
    argv,
    projections.map((p) => p.name),
  );
  if (!parsed.ok) {
    process.stderr.write(`casebook: ${parsed.error}\n(casebook --help shows the commands)\n`);
    return 2;
  }
  if (parsed.command.kind === 'help') {
    process.stdout.write(`${USAGE}\n\n${AUDIT_USAGE}\n`);
    return 0;
  }
  const problems = settingsProblems(process.env);
  if (problems.length > 0) {
    process.stderr.write(`casebook: settings are wrong:\n${problems.map((p) => `  ${p}\n`).join('')}`);
    return 1;
  }
  if (parsed.command.kind === 'audit-check-export') {
    // Offline by design: an auditor checks an export with the file and a public key, no database.
    const databaseUrl = process.env.DATABASE_URL || undefined;
    const dataDir = databaseUrl ? null : resolve(process.env.CASEBOOK_DATA_DIR ?? '.casebook');
    const log = (t: string) => void process.stderr.write(t);
    const keys = auditKeys({ env: process.env, dataDir, log });
    return auditCheckExport({ out: output(process.stdout), keys }, parsed.command);
  }
  return connected(parsed.command);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`casebook: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
