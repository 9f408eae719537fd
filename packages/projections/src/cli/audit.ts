import { complaintAggregate } from '@casebook/domain';
import { aggregateStreamAsOf } from '@casebook/event-store';
import { complaintHistory, MAX_HISTORY_LIMIT, type HistoryEntry } from '../audit';
import type { AuditCommand } from './audit-args';
import type { CliContext } from './context';
import { historyCsv, historyText } from './history-format';

type Found = { readonly streams: readonly string[]; readonly items: HistoryEntry[] };

/** Every page of the complaint's history, through the same assembly as the API's. */
async function wholeHistory(ctx: CliContext, id: string): Promise<Found | null> {
  const items: HistoryEntry[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await complaintHistory(ctx.store, id, { cursor, limit: String(MAX_HISTORY_LIMIT) });
    if (page._tag === 'NotFound') return null;
    if (page._tag === 'Invalid') throw new Error(page.errors.map((e) => `${e.path}: ${e.reason}`).join('; '));
    items.push(...page.items);
    if (page.nextCursor === null) return { streams: page.streams, items };
    cursor = page.nextCursor;
  }
}

async function history(
  ctx: CliContext,
  c: Extract<AuditCommand, { kind: 'audit-history' }>,
): Promise<number> {
  const found = await wholeHistory(ctx, c.complaintId);
  if (found === null) {
    ctx.err.write(`casebook: no complaint ${c.complaintId}\n`);
    return 1;
  }
  if (c.format === 'json')
    ctx.out.write(`${JSON.stringify({ id: c.complaintId, streams: found.streams, items: found.items })}\n`);
  else if (c.format === 'csv') ctx.out.write(historyCsv(found.items));
  else ctx.out.write(`${historyText(found.items)}\n`);
  return 0;
}

/** The complaint's state as of an instant, as JSON: what `GET /complaints/{id}?asOf=` answers. */
async function state(ctx: CliContext, c: Extract<AuditCommand, { kind: 'audit-state' }>): Promise<number> {
  const id = complaintAggregate.id.decode(c.complaintId);
  const at = new Date(c.asOf);
  const read =
    id._tag === 'Right'
      ? await aggregateStreamAsOf(
          ctx.store,
          complaintAggregate.streamId(id.right),
          { decider: complaintAggregate.decider, codec: complaintAggregate.events },
          { at, timeline: c.timeline },
        )
      : null;
  if (!read?.exists) {
    const when = c.timeline === 'recorded' ? 'was recorded' : 'had happened';
    ctx.err.write(`casebook: nothing of complaint ${c.complaintId} ${when} by ${at.toISOString()}\n`);
    return 1;
  }
  const answer = {
    id: c.complaintId,
    version: Number(read.version),
    asOf: at.toISOString(),
    timeline: c.timeline,
  };
  ctx.out.write(`${JSON.stringify({ ...answer, state: read.state }, null, 2)}\n`);
  return 0;
}

/** `casebook audit history|state`: exit 1 when the complaint is unknown (then). */
export const runAudit = (ctx: CliContext, command: AuditCommand): Promise<number> =>
  command.kind === 'audit-history' ? history(ctx, command) : state(ctx, command);
