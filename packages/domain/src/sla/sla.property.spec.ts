import * as fc from 'fast-check';
import * as O from 'fp-ts/Option';
import { formatInstant, toMillis, type Instant } from '../shared/instant';
import { officeHours, type BusinessCalendar } from './calendar';
import { deadline, elapsedWorkingTime, type Pause } from './clock';
import type { SlaDuration } from './policy';

const HOUR = 3_600_000;
const RUNS = { numRuns: 60 };
const allDay = { start: '00:00', end: '24:00' };

const calendars: ReadonlyArray<BusinessCalendar> = [
  officeHours('Europe/London', ['2024-03-29', '2024-04-01', '2024-12-25', '2024-12-26']),
  officeHours('America/New_York', ['2024-07-04', '2024-11-28']),
  // Uneven days and a Saturday, so business days differ in length.
  {
    timeZone: 'Europe/London',
    workingHours: {
      tuesday: { start: '10:00', end: '12:30' },
      thursday: { start: '08:00', end: '20:00' },
      saturday: { start: '09:00', end: '13:00' },
    },
    holidays: [],
  },
];

/** Instants in 2024, which holds both spring-forward and fall-back changes in London and New York. */
const instant = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 11, 1) })
  .map((ms) => formatInstant(ms));
const calendar = fc.constantFrom(...calendars);
const duration: fc.Arbitrary<SlaDuration> = fc.oneof(
  fc.record({
    unit: fc.constantFrom('calendar_days' as const, 'business_days' as const),
    amount: fc.integer({ min: 0, max: 20 }),
  }),
  fc.record({
    unit: fc.constantFrom('calendar_hours' as const, 'business_hours' as const),
    amount: fc.integer({ min: 0, max: 60 }),
  }),
);
const pause = (base: Instant): fc.Arbitrary<Pause> =>
  fc
    .tuple(fc.integer({ min: -5 * 24, max: 20 * 24 }), fc.integer({ min: 1, max: 72 }))
    .map(([offset, length]) => ({
      from: formatInstant(toMillis(base) + offset * HOUR),
      to: formatInstant(toMillis(base) + (offset + length) * HOUR),
    }));

const ms = (o: O.Option<Instant>): number => (O.isSome(o) ? toMillis(o.value) : Infinity);

describe('SLA deadlines (properties)', () => {
  it('never move earlier when the start moves later', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 10 * 24 * 60 }),
        duration,
        calendar,
        (start, laterBy, d, cal) => {
          const later = formatInstant(toMillis(start) + laterBy * 60_000);
          return ms(deadline(later, d, cal)) >= ms(deadline(start, d, cal));
        },
      ),
      RUNS,
    );
  });

  it('never move earlier when a pause is added', () => {
    const arb = instant.chain((start) =>
      fc.tuple(fc.constant(start), fc.array(pause(start), { maxLength: 3 }), pause(start)),
    );
    fc.assert(
      fc.property(
        arb,
        duration,
        calendar,
        ([start, pauses, extra], d, cal) =>
          ms(deadline(start, d, cal, [...pauses, extra])) >= ms(deadline(start, d, cal, pauses)),
      ),
      RUNS,
    );
  });

  it('give back exactly the business time asked for, across weekends, holidays and DST changes', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 80 }), calendar, (start, h, cal) => {
        const end = deadline(start, { unit: 'business_hours', amount: h }, cal);
        return O.isSome(end) && elapsedWorkingTime(start, end.value, cal) === h * HOUR;
      }),
      RUNS,
    );
  });

  it('count no working time on weekends and holidays', () => {
    // Saturday 00:00 to Monday 23:59 around Easter 2024 in London (Monday 1 April is a holiday).
    const london = calendars[0]!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 71 * 60 }), fc.integer({ min: 0, max: 71 * 60 }), (a, b) => {
        const base = Date.UTC(2024, 2, 30, 0, 0);
        const [from, to] = [Math.min(a, b), Math.max(a, b)].map((m) => formatInstant(base + m * 60_000));
        return elapsedWorkingTime(from!, to!, london) === 0;
      }),
      RUNS,
    );
  });

  it('with an all-day calendar, measure real elapsed time even across DST changes', () => {
    const week = {
      sunday: allDay,
      monday: allDay,
      tuesday: allDay,
      wednesday: allDay,
      thursday: allDay,
      friday: allDay,
      saturday: allDay,
    };
    const zone = fc.constantFrom('Europe/London', 'America/New_York');
    // Windows around the 2024 changes: 10 and 31 March, 27 October and 3 November.
    const around = fc.constantFrom(
      Date.UTC(2024, 2, 9),
      Date.UTC(2024, 2, 30),
      Date.UTC(2024, 9, 26),
      Date.UTC(2024, 10, 2),
    );
    fc.assert(
      fc.property(
        zone,
        around,
        fc.integer({ min: 0, max: 72 * 60 }),
        fc.integer({ min: 0, max: 72 * 60 }),
        (timeZone, base, a, b) => {
          const cal: BusinessCalendar = { timeZone, workingHours: week, holidays: [] };
          const [from, to] = [Math.min(a, b), Math.max(a, b)].map((m) => base + m * 60_000);
          return elapsedWorkingTime(formatInstant(from!), formatInstant(to!), cal) === to! - from!;
        },
      ),
      RUNS,
    );
  });

  it('add up: elapsed time over [a, c] is elapsed over [a, b] plus [b, c]', () => {
    fc.assert(
      fc.property(fc.array(instant, { minLength: 3, maxLength: 3 }), calendar, (points, cal) => {
        const [a, b, c] = [...points].sort((x, y) => toMillis(x) - toMillis(y)) as [
          Instant,
          Instant,
          Instant,
        ];
        return (
          elapsedWorkingTime(a, c, cal) === elapsedWorkingTime(a, b, cal) + elapsedWorkingTime(b, c, cal)
        );
      }),
      { numRuns: 25 },
    );
  });
});
