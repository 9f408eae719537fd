import * as fc from 'fast-check';
import { complaintEventPayloads } from '../complaint/events';
import { formatInstant, toMillis } from '../shared/instant';
import { at, eventsOf } from '../testing';
import { complaintClocks, type ClockStatus } from './complaint-clocks';
import { policyForComplaint } from './policy-registry';

const ev = eventsOf(complaintEventPayloads);
const RUNS = { numRuns: 80 };
const HOUR = 3_600_000;
/** 2024 holds the London and New York spring-forward and fall-back changes. */
const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 11, 1) });
const london = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
});

const filedAt = (ms: number, regime: 'FCA_DISP' | 'CFPB') =>
  ev('ComplaintFiled', {
    complaintId: 'c-1',
    customerId: 'u-1',
    channel: 'email',
    category: 'billing',
    description: 'd',
    amountPaid: { minor: 1, currency: 'GBP' },
    priority: 'low',
    regime,
    filedAt: formatInstant(ms),
  });
const clocksAt = (filed: ReturnType<typeof filedAt>, nowMs: number) =>
  complaintClocks([filed], policyForComplaint(filed.data.regime, filed.data.filedAt), formatInstant(nowMs));

describe('complaint clocks, for any filing instant in 2024', () => {
  it('close the summary-resolution window at 17:00 London time, in summer time or not', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const summary = clocksAt(filedAt(ms, 'FCA_DISP'), ms)?.clocks[0];
        return summary?.dueAt !== null && london.format(toMillis(at(summary!.dueAt))) === '17:00';
      }),
      RUNS,
    );
  });

  it('keep an unmet clock open up to its due instant and breached from just after, never back', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 70 * 24 }), (ms, hours) => {
        const filed = filedAt(ms, 'CFPB');
        const now = ms + hours * HOUR;
        return (clocksAt(filed, now)?.clocks ?? []).every((c) => {
          const expected: ClockStatus = now <= toMillis(at(c.dueAt!)) ? 'open' : 'breached';
          return c.status === expected;
        });
      }),
      RUNS,
    );
  });
});
