import { formatInstant, toMillis, type Instant } from '../shared/instant';
import { elapsedCalendarTime, elapsedWorkingTime, type Pause } from './clock';
import type { SlaPolicy, SlaTarget } from './policy';

/**
 * The instant at which `fraction` of a target's running time (start to `dueAt`) has passed: for
 * business units, working time under the policy's calendar; for calendar units, wall-clock time;
 * pauses the policy counts are left out in both. A warning at 75% of "15 business days" falls
 * after 75% of the working hours, not 75% of the wall-clock span with its weekends.
 */
export const warningInstant = (
  policy: SlaPolicy,
  target: SlaTarget,
  startedAt: Instant,
  dueAt: Instant,
  pauses: ReadonlyArray<Pause>,
  fraction: number,
): Instant => {
  const business = target.within.unit.startsWith('business');
  const elapsed = (to: Instant) =>
    business
      ? elapsedWorkingTime(startedAt, to, policy.calendar, pauses)
      : elapsedCalendarTime(startedAt, to, pauses);
  const need = fraction * elapsed(dueAt);
  // Elapsed running time only grows with the end instant: halve, in whole seconds from the start.
  const start = toMillis(startedAt);
  let [low, high] = [0, Math.ceil((toMillis(dueAt) - start) / 1000)];
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (elapsed(formatInstant(start + mid * 1000)) >= need) high = mid;
    else low = mid;
  }
  return formatInstant(Math.min(start + high * 1000, toMillis(dueAt)));
};
