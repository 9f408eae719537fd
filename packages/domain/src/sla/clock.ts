import * as O from 'fp-ts/Option';
import { formatInstant, toMillis, type Instant } from '../shared/instant';
import { localDayOf, workingWindow, type BusinessCalendar } from './calendar';
import type { SlaDuration } from './policy';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Resolution of a business-day fraction; a day with no pause counts exactly SCALE. */
const SCALE = 1_000_000;
/** No target is years long; a calendar without working days must not loop for ever. */
const MAX_DAYS = 3_660;

/** A period during which the clock stood still; an open pause (`to` absent) has not ended. */
export interface Pause {
  readonly from: Instant;
  readonly to?: Instant;
}

interface Span {
  readonly from: number;
  readonly to: number;
}

/** Sorted, merged pause spans; an open pause runs to +Infinity. */
const normalise = (pauses: ReadonlyArray<Pause>): ReadonlyArray<Span> => {
  const spans = pauses
    .map((p) => ({ from: toMillis(p.from), to: p.to === undefined ? Infinity : toMillis(p.to) }))
    .filter((s) => s.to > s.from)
    .sort((a, b) => a.from - b.from);
  return spans.reduce<Span[]>((acc, s) => {
    const last = acc[acc.length - 1];
    if (last !== undefined && s.from <= last.to)
      acc[acc.length - 1] = { from: last.from, to: Math.max(last.to, s.to) };
    else acc.push(s);
    return acc;
  }, []);
};

/** The parts of `span` when the clock runs: `span` minus the pauses. */
const running = (span: Span, pauses: ReadonlyArray<Span>): ReadonlyArray<Span> => {
  const out: Span[] = [];
  let cursor = span.from;
  for (const p of pauses) {
    if (p.to <= cursor || p.from >= span.to) continue;
    if (p.from > cursor) out.push({ from: cursor, to: p.from });
    cursor = Math.max(cursor, p.to);
  }
  if (cursor < span.to) out.push({ from: cursor, to: span.to });
  return out;
};

const length = (spans: ReadonlyArray<Span>): number => spans.reduce((acc, s) => acc + (s.to - s.from), 0);

/** The instant at which `ms` of running time inside `spans` have passed (callers ensure enough). */
const consume = (spans: ReadonlyArray<Span>, ms: number): number | undefined => {
  let remaining = ms;
  for (const s of spans) {
    if (remaining <= s.to - s.from) return s.from + remaining;
    remaining -= s.to - s.from;
  }
  return undefined;
};

const calendarDeadline = (start: number, ms: number, pauses: ReadonlyArray<Span>): number | undefined =>
  consume(running({ from: start, to: Infinity }, pauses), ms);

/** Where an open pause begins: past it the clock never runs again. */
const openFrom = (pauses: ReadonlyArray<Span>): number =>
  pauses.find((p) => p.to === Infinity)?.from ?? Infinity;

const businessHoursDeadline = (
  start: number,
  ms: number,
  cal: BusinessCalendar,
  pauses: ReadonlyArray<Span>,
) => {
  let remaining = ms;
  const stop = openFrom(pauses);
  const first = localDayOf(start, cal.timeZone);
  for (let day = first; day < first + MAX_DAYS; day++) {
    const w = workingWindow(day, cal);
    if (w === null || w.to <= start) continue;
    if (w.from >= stop) return undefined;
    const spans = running({ from: Math.max(w.from, start), to: w.to }, pauses);
    const hit = consume(spans, remaining);
    if (hit !== undefined) return hit;
    remaining -= length(spans);
  }
  return undefined;
};

/**
 * Business days count from the day after the start day (FCA: "the business day following the
 * day on which it is received") and end at close of business. A partly paused day counts by the
 * share of its working window that ran, so a longer pause never yields an earlier deadline.
 */
const businessDaysDeadline = (
  start: number,
  days: number,
  cal: BusinessCalendar,
  pauses: ReadonlyArray<Span>,
) => {
  const need = days * SCALE;
  let done = 0;
  const stop = openFrom(pauses);
  const first = localDayOf(start, cal.timeZone) + 1;
  for (let day = first; day < first + MAX_DAYS; day++) {
    const w = workingWindow(day, cal);
    if (w === null) continue;
    if (w.from >= stop) return undefined;
    const spans = running(w, pauses);
    const units = Math.floor((length(spans) * SCALE) / (w.to - w.from));
    if (done + units >= need) return consume(spans, Math.ceil(((need - done) * (w.to - w.from)) / SCALE));
    done += units;
  }
  return undefined;
};

/**
 * The deadline `duration` after `start` under `calendar`, with the clock stopped during `pauses`.
 * `none` when the clock is still paused (an open pause) before the target is reached, or no
 * working time is left within ten years.
 */
export const deadline = (
  start: Instant,
  duration: SlaDuration,
  calendar: BusinessCalendar,
  pauses: ReadonlyArray<Pause> = [],
): O.Option<Instant> => {
  const s = toMillis(start);
  const p = normalise(pauses);
  const result = (() => {
    switch (duration.unit) {
      case 'calendar_days':
        return calendarDeadline(s, duration.amount * DAY, p);
      case 'calendar_hours':
        return calendarDeadline(s, duration.amount * HOUR, p);
      case 'business_hours':
        return businessHoursDeadline(s, duration.amount * HOUR, calendar, p);
      case 'business_days':
        return businessDaysDeadline(s, duration.amount, calendar, p);
    }
  })();
  return result === undefined || !Number.isFinite(result) ? O.none : O.some(formatInstant(result));
};

/** Working time (ms) between two instants under `calendar`, not counting `pauses`. */
export const elapsedWorkingTime = (
  from: Instant,
  to: Instant,
  calendar: BusinessCalendar,
  pauses: ReadonlyArray<Pause> = [],
): number => {
  const [a, b] = [toMillis(from), toMillis(to)];
  const p = normalise(pauses);
  let total = 0;
  for (let day = localDayOf(a, calendar.timeZone); day <= localDayOf(b, calendar.timeZone); day++) {
    const w = workingWindow(day, calendar);
    if (w === null) continue;
    const span = { from: Math.max(w.from, a), to: Math.min(w.to, b) };
    if (span.to > span.from) total += length(running(span, p));
  }
  return total;
};

/** Calendar time (ms) between two instants, not counting `pauses`. */
export const elapsedCalendarTime = (
  from: Instant,
  to: Instant,
  pauses: ReadonlyArray<Pause> = [],
): number => {
  const span = { from: toMillis(from), to: toMillis(to) };
  return span.to > span.from ? length(running(span, normalise(pauses))) : 0;
};
