import { createHash } from 'node:crypto';
import {
  complaintAggregate,
  DEFAULT_BREACH_ESCALATION_LEVEL,
  escalationAggregate,
  ruleFor,
  type SlaSettings,
} from '@casebook/domain';
import { aggregateStream, type EventStore, type StreamFolder } from '@casebook/event-store';
import type { FireContext, FireResult, Timer } from '../process';
import { outcomeOf } from '../outcome';

const TOP_LEVEL = 4;

/** A stream's state, `undefined` when it does not exist. */
const load = async <S, Ev>(store: EventStore, streamId: string, folder: StreamFolder<S, Ev>) => {
  const read = await aggregateStream(store, streamId, folder);
  return read.exists ? read.state : undefined;
};

const complaints = { decider: complaintAggregate.decider, codec: complaintAggregate.events };
const escalationsFold = { decider: escalationAggregate.decider, codec: escalationAggregate.events };

/** The id of the escalation a breach opens: derived from the breach, so a second firing opens none. */
export const breachEscalationId = (complaintId: string, milestone: string): string =>
  `sla.${createHash('sha256').update(`${complaintId}:${milestone}`).digest('hex').slice(0, 32)}`;

/**
 * A breach raises an escalation: a new one at the policy's level (trigger `sla_breach`) unless
 * one is open, else the open one's level by one (up to the complaints team, level 4). The
 * command carries the breach as its `cause`, which the escalation records once, and a new
 * escalation's id is derived from the breach: a firing repeated after a crash changes nothing.
 */
export async function escalateBreach(
  settings: SlaSettings,
  timer: Timer,
  ctx: FireContext,
): Promise<FireResult> {
  const { complaintId, milestone } = timer.payload as { complaintId: string; milestone: string };
  const complaint = await load(ctx.store, `complaint-${complaintId}`, complaints);
  if (complaint === undefined || complaint.status === 'none' || complaint.status === 'closed')
    return { outcome: 'done', note: 'the complaint is closed' };
  const cause = `sla-breach:${milestone}`;
  const reason = `SLA target ${milestone} breached`;
  const origin = {
    causationId: timer.causationId,
    correlationId: timer.correlationId,
    idempotencyKey: timer.key,
  };
  const escalations = await Promise.all(
    complaint.escalationIds.map((id) => load(ctx.store, `escalation-${id}`, escalationsFold)),
  );
  if (escalations.some((e) => e !== undefined && e.status !== 'none' && e.causes.includes(cause)))
    return { outcome: 'done', note: 'already escalated for this breach' };
  const open = escalations.find(
    (e) => e !== undefined && (e.status === 'raised' || e.status === 'acknowledged'),
  );
  if (open !== undefined && open.status !== 'none') {
    if (open.level >= TOP_LEVEL)
      return { outcome: 'done', note: `escalation ${open.escalationId} is at level 4` };
    const data = { escalationId: open.escalationId, toLevel: open.level + 1, reason, cause };
    return outcomeOf(await ctx.commands.send('sla', { type: 'RaiseEscalationLevel', data }, origin));
  }
  const { regime, priority, channel } = complaint;
  const category = await categoryOf(ctx.store, complaintId);
  const rule = ruleFor(settings, { regime, priority, channel, category, filedAt: complaint.filedAt });
  const data = {
    escalationId: breachEscalationId(complaintId, milestone),
    complaintId,
    level: rule?.escalationLevel ?? DEFAULT_BREACH_ESCALATION_LEVEL,
    trigger: 'sla_breach',
    reason,
    cause,
  };
  const sent = await ctx.commands.send('sla', { type: 'RaiseEscalation', data }, origin);
  // The derived id exists already: an earlier firing raised it (and it may since have closed).
  if (!sent.ok && sent.code === 'AlreadyExists')
    return { outcome: 'done', note: 'escalation already raised' };
  return outcomeOf(sent);
}

/** The category the complaint was filed under (the state keeps only what rules need). */
async function categoryOf(store: EventStore, complaintId: string): Promise<string> {
  const page = await store.readStream(`complaint-${complaintId}`, { maxCount: 1 });
  const category = (page.events[0]?.data as { category?: unknown } | undefined)?.category;
  return typeof category === 'string' ? category : '';
}
