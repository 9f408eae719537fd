import {
  appliedPolicyOf,
  complaintClocks,
  complaintEventPayloads,
  complaintPauses,
  DEFAULT_WARN_AT,
  formatInstant,
  warningInstant,
  type BusinessCalendar,
  type ComplaintEvent,
  type MilestoneClock,
  type SlaSettings,
} from '@casebook/domain';
import type { EventStore, StoredEvent } from '@casebook/event-store';
import { complaintEvents } from '../../audit/clocks';
import type { FireContext, FireResult, ProcessManager, ReactContext, Timer } from '../process';
import { escalateBreach } from './escalate';
import { outcomeOf } from '../outcome';

export interface SlaProcessOptions {
  readonly settings: SlaSettings;
  /** The host's calendar for complaints that recorded no calendar version. */
  readonly calendar?: BusinessCalendar;
}

/** A target met at its due instant is met: it is breached from the next millisecond. */
const breachAt = (dueAt: string): Date => new Date(Date.parse(dueAt) + 1);

/** When the fact happened by the clock of the command that recorded it: the processes' own timeline. */
const occurredAt = (event: StoredEvent): Date => new Date(event.metadata.occurredAt);

/** The SLA facts the process records itself: they change no deadline. */
const OWN = ['SlaTargetAtRisk'];

interface Judged {
  readonly events: ReadonlyArray<ComplaintEvent>;
  readonly closed: boolean;
  readonly clocks: ReadonlyArray<MilestoneClock>;
  /** The instant `warnAt` of each open clock's running time has passed. */
  readonly warnAt: (clock: MilestoneClock) => Date | null;
}

/**
 * SLA clocks as durable timers. Every complaint event that can move a deadline (filing, pauses,
 * holding responses, milestones met, reopening, closing) recomputes the complaint's clocks from
 * its stream and moves its timers: a warning at `warnAt` of the running time and a breach at the
 * due instant, per unmet obligation; a met, paused or closed clock's timers are cancelled. When a
 * timer fires, the clocks are judged again at that instant (an event the process has not read
 * yet may have moved them), and only then is `RecordSlaWarning` / `RecordSlaBreach` sent. A
 * recorded breach schedules an escalation at once (see `escalateBreach`).
 */
export const slaProcess = ({ settings, calendar }: SlaProcessOptions): ProcessManager => {
  const fraction = settings.warnAt ?? DEFAULT_WARN_AT;

  const judge = async (store: EventStore, complaintId: string, now: Date): Promise<Judged | null> => {
    const events = await complaintEvents(store, complaintId);
    const filed = events?.[0];
    if (events === null || filed?.type !== 'ComplaintFiled') return null;
    const applied = appliedPolicyOf(settings, filed.data, calendar);
    const judged = complaintClocks(events, applied, formatInstant(now.getTime()));
    const pauses = complaintPauses(events).filter((p) => applied?.policy.pausedBy.includes(p.status));
    return {
      events,
      closed: events.some((e) => e.type === 'ComplaintClosed'),
      clocks: (judged?.clocks ?? []).filter((c) => c.obligation),
      warnAt: (clock) => {
        const target = applied?.policy.targets.find((t) => t.milestone === clock.milestone);
        if (applied === null || target === undefined || clock.dueAt === null) return null;
        return new Date(
          warningInstant(applied.policy, target, clock.startedAt, clock.dueAt, pauses, fraction),
        );
      },
    };
  };

  const react = async (event: StoredEvent, ctx: ReactContext): Promise<void> => {
    const complaintId = (event.data as { complaintId?: string }).complaintId;
    if (complaintId === undefined || OWN.includes(event.type)) return;
    const trigger = { causationId: event.eventId, correlationId: event.metadata.correlationId };
    if (event.type === 'SlaTargetBreached') {
      const { milestone } = event.data as { milestone: string };
      ctx.schedule({
        ...trigger,
        key: `sla:${complaintId}:${milestone}:escalate`,
        kind: 'escalate',
        dueAt: occurredAt(event),
        payload: { complaintId, milestone },
      });
      return;
    }
    const judged = await judge(ctx.store, complaintId, occurredAt(event));
    if (judged === null) return;
    for (const clock of judged.clocks) {
      const key = `sla:${complaintId}:${clock.milestone}`;
      const payload = { complaintId, milestone: clock.milestone };
      const warnAt = judged.warnAt(clock);
      if (judged.closed || clock.metAt !== null || clock.dueAt === null || warnAt === null) {
        ctx.cancel(`${key}:warn`);
        ctx.cancel(`${key}:breach`);
        continue;
      }
      ctx.schedule({ ...trigger, key: `${key}:warn`, kind: 'warn', dueAt: warnAt, payload });
      ctx.schedule({
        ...trigger,
        key: `${key}:breach`,
        kind: 'breach',
        dueAt: breachAt(clock.dueAt),
        payload,
      });
    }
  };

  /** Judges the milestone again now and records the fact if it is still due; else moves or drops the timer. */
  const record =
    (kind: 'warn' | 'breach') =>
    async (timer: Timer, ctx: FireContext): Promise<FireResult> => {
      const { complaintId, milestone } = timer.payload as { complaintId: string; milestone: string };
      const judged = await judge(ctx.store, complaintId, ctx.now);
      const clock = judged?.clocks.find((c) => c.milestone === milestone);
      if (
        judged === null ||
        judged.closed ||
        clock === undefined ||
        clock.metAt !== null ||
        clock.dueAt === null
      )
        return { outcome: 'done', note: 'nothing to judge: met, paused or closed' };
      // Past the deadline a warning tells nobody anything: the breach timer records the breach.
      if (kind === 'warn' && ctx.now.getTime() >= breachAt(clock.dueAt).getTime())
        return { outcome: 'done', note: 'past due: no warning' };
      const at = kind === 'warn' ? judged.warnAt(clock) : breachAt(clock.dueAt);
      if (at !== null && at.getTime() > ctx.now.getTime())
        return { outcome: 'reschedule', dueAt: at, note: 'the deadline moved' };
      const type = kind === 'warn' ? 'RecordSlaWarning' : 'RecordSlaBreach';
      const sent = await ctx.commands.send(
        'sla',
        { type, data: { complaintId, milestone, dueAt: clock.dueAt } },
        { causationId: timer.causationId, correlationId: timer.correlationId, idempotencyKey: timer.key },
      );
      return outcomeOf(sent);
    };

  return {
    name: 'sla',
    streamPrefix: 'complaint-',
    eventTypes: Object.keys(complaintEventPayloads).filter((t) => !OWN.includes(t)),
    startFrom: 'beginning',
    react,
    timers: {
      warn: record('warn'),
      breach: record('breach'),
      escalate: (timer, ctx) => escalateBreach(settings, timer, ctx),
    },
  };
};
