import * as t from 'io-ts';
import { commandPayload, refine } from '../shared/codec';
import { civilFromDays } from '../shared/instant';

const MS_PER_DAY = 86_400_000;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const validZone = (zone: string): boolean => {
  try {
    // Intl is the only time-zone database available without a dependency; it throws on unknown zones.
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** An IANA time zone such as `Europe/London`. */
export const TimeZone = refine(t.string, validZone, 'TimeZone', 'an IANA time zone such as Europe/London');
/** A local wall-clock time `HH:MM`; `24:00` ends a day. */
export const ClockTime = refine(t.string, (s) => CLOCK.test(s), 'ClockTime', 'a time HH:MM (00:00 to 24:00)');
/** A local calendar date `YYYY-MM-DD`. */
export const LocalDate = refine(t.string, (s) => DATE.test(s), 'LocalDate', 'a date YYYY-MM-DD');

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const WorkingHours = refine(
  commandPayload('WorkingHours', { start: ClockTime, end: ClockTime }),
  (h) => minutes(h.end) > minutes(h.start),
  'WorkingHours',
  'working hours whose end is after their start',
);

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const week = Object.fromEntries(WEEKDAYS.map((d) => [d, WorkingHours])) as Record<
  Weekday,
  typeof WorkingHours
>;

/** Working hours per weekday (a missing day is closed), a time zone, and holidays (local dates). */
export const BusinessCalendar = commandPayload('BusinessCalendar', {
  timeZone: TimeZone,
  workingHours: commandPayload('WorkingWeek', {}, week),
  holidays: t.readonlyArray(LocalDate),
});
export type BusinessCalendar = t.TypeOf<typeof BusinessCalendar>;

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (timeZone: string): Intl.DateTimeFormat => {
  const cached = formatters.get(timeZone);
  if (cached !== undefined) return cached;
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  formatters.set(timeZone, f);
  return f;
};

/** The wall-clock reading in `timeZone` at `ms`, as if that reading were UTC. */
const wallClockAsUtc = (ms: number, timeZone: string): number => {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) p[part.type] = Number(part.value);
  return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
};

/** UTC offset of `timeZone` at `ms`, in milliseconds (positive east of Greenwich). */
export const offsetAt = (ms: number, timeZone: string): number =>
  wallClockAsUtc(ms, timeZone) - Math.floor(ms / 1000) * 1000;

/** The local day (days since 1970-01-01) containing `ms` in `timeZone`. */
export const localDayOf = (ms: number, timeZone: string): number =>
  Math.floor(wallClockAsUtc(ms, timeZone) / MS_PER_DAY);

/**
 * The instant at which the local clock in `timeZone` reads `minute` minutes past midnight of
 * `day`. Two passes settle the offset; in a spring-forward gap the result falls after the gap.
 */
export const zonedToUtc = (day: number, minute: number, timeZone: string): number => {
  const local = day * MS_PER_DAY + minute * 60_000;
  const first = local - offsetAt(local, timeZone);
  return local - offsetAt(first, timeZone);
};

/** `YYYY-MM-DD` of a day number. */
export const dayToDate = (day: number): string => {
  const { year, month, day: d } = civilFromDays(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/** Weekday name of a day number; 1970-01-01 was a Thursday. */
export const weekdayOf = (day: number): Weekday => WEEKDAYS[(((day + 4) % 7) + 7) % 7] as Weekday;

/** The working window of a local day as UTC milliseconds, or null on closed days and holidays. */
export const workingWindow = (day: number, cal: BusinessCalendar): { from: number; to: number } | null => {
  const hours = cal.workingHours[weekdayOf(day)];
  if (hours === undefined || cal.holidays.includes(dayToDate(day))) return null;
  return {
    from: zonedToUtc(day, minutes(hours.start), cal.timeZone),
    to: zonedToUtc(day, minutes(hours.end), cal.timeZone),
  };
};

/** Mon–Fri 09:00–17:00 in `timeZone`, with the given holidays: the usual office calendar. */
export const officeHours = (timeZone: string, holidays: ReadonlyArray<string> = []): BusinessCalendar => {
  const day = { start: '09:00', end: '17:00' };
  return {
    timeZone,
    workingHours: { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day },
    holidays,
  };
};
