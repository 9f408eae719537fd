import { deadLetters, outboxSummary, retryDeadLetter, type OutboxStatus } from '../processes/outbox';
import type { CliContext } from './context';
import { table } from './report';

/** `casebook processes outbox [--json]` and `casebook processes retry <id|key>`. */
export type OutboxCommand =
  | { readonly kind: 'processes-outbox'; readonly json: boolean }
  | { readonly kind: 'processes-retry'; readonly message: string };

export const OUTBOX_USAGE = `  processes outbox [--json]          the outbox: pending, due, oldest pending age, delivered, and
                                      the dead letters (newest 20) with their last error
  processes retry <message id|key>    send a dead letter again (its attempts start afresh)`;

type Parsed =
  { readonly ok: true; readonly command: OutboxCommand } | { readonly ok: false; readonly error: string };

/** Parses the words after `processes outbox` / `processes retry`. */
export function parseOutboxArgs(kind: 'outbox' | 'retry', args: readonly string[]): Parsed {
  if (kind === 'outbox') {
    const extra = args.find((a) => a !== '--json');
    if (extra !== undefined) return { ok: false, error: `processes outbox takes only --json (not ${extra})` };
    return { ok: true, command: { kind: 'processes-outbox', json: args.includes('--json') } };
  }
  const [message, ...rest] = args;
  if (message === undefined || rest.length > 0 || message.startsWith('-') || message.length > 200)
    return { ok: false, error: 'processes retry takes one message id or key (processes outbox lists them)' };
  return { ok: true, command: { kind: 'processes-retry', message } };
}

const SHOWN = 20;

const deadRow = (m: OutboxStatus): string[] => [
  m.id,
  m.key,
  m.topic,
  m.complaintId ?? '-',
  String(m.attempts),
  m.transport ?? '-',
  m.updatedAt,
  m.lastError ?? '-',
];

export async function processesOutbox(ctx: CliContext, json: boolean): Promise<number> {
  const now = new Date(ctx.now?.() ?? Date.now());
  const [summary, dead] = await Promise.all([
    outboxSummary(ctx.pool, now),
    deadLetters(ctx.pool, { limit: SHOWN }),
  ]);
  if (json) {
    ctx.out.write(`${JSON.stringify({ ...summary, deadLetters: dead })}\n`);
    return 0;
  }
  const age = summary.oldestPendingAgeSeconds === null ? '-' : `${summary.oldestPendingAgeSeconds} s`;
  ctx.out.write(
    `${table(
      ['PENDING', 'DUE', 'OLDEST PENDING', 'DELIVERED', 'DEAD'],
      [[String(summary.pending), String(summary.due), age, String(summary.delivered), String(summary.dead)]],
    )}\n`,
  );
  if (dead.length > 0) {
    const header = ['ID', 'KEY', 'TOPIC', 'COMPLAINT', 'ATTEMPTS', 'TRANSPORT', 'DEAD SINCE', 'LAST ERROR'];
    ctx.out.write(`\ndead letters${summary.dead > SHOWN ? ` (newest ${SHOWN} of ${summary.dead})` : ''}:\n`);
    ctx.out.write(`${table(header, dead.map(deadRow))}\n`);
    ctx.out.write('casebook processes retry <id|key> sends one again\n');
  }
  return 0;
}

/** Exit 0 when the dead letter is queued again, 1 when there is no such message or it is not dead. */
export async function processesRetry(ctx: CliContext, message: string): Promise<number> {
  const result = await retryDeadLetter(ctx.pool, message, new Date(ctx.now?.() ?? Date.now()));
  switch (result.outcome) {
    case 'retried':
      ctx.out.write(
        `message ${result.message.id} (${result.message.key}) queued again; the delivery worker sends it\n`,
      );
      return 0;
    case 'not-dead':
      ctx.err.write(
        `message ${result.message.id} (${result.message.key}) is ${result.message.status}, not dead: nothing to retry\n`,
      );
      return 1;
    case 'not-found':
      ctx.err.write(`no outbox message with id or key ${JSON.stringify(message)}\n`);
      return 1;
  }
}
