import * as O from 'fp-ts/Option';
import { complaintEventPayloads } from '../complaint/events';
import { formatErrors } from '../shared/decode';
import { at, eventsOf } from '../testing';
import { officeHours, type BusinessCalendar } from './calendar';
import { deadline, elapsedWorkingTime } from './clock';
import { complaintPauses } from './pauses';
import {
  cfpbPolicy,
  customPolicy,
  fcaDispPaymentServicesPolicy,
  fcaDispPolicy,
  milestoneDeadline,
} from './policies';

const HOUR = 3_600_000;
const london = officeHours('Europe/London', ['2024-03-11']);
const newYork = officeHours('America/New_York');
const hours = (amount: number) => ({ unit: 'business_hours', amount }) as const;
const days = (amount: number) => ({ unit: 'business_days', amount }) as const;
const due = (start: string, d: Parameters<typeof deadline>[1], cal: BusinessCalendar, pauses = []) =>
  deadline(at(start), d, cal, pauses);

describe('business calendar', () => {
  it('counts working hours within a day and into the next', () => {
    expect(due('2024-03-04T10:00:00Z', hours(8), london)).toEqual(O.some('2024-03-05T10:00:00.000Z'));
  });

  it('skips the weekend and holidays', () => {
    // Friday 16:00 + 2h: Monday 11 March is a holiday, so Tuesday 10:00.
    expect(due('2024-03-08T16:00:00Z', hours(2), london)).toEqual(O.some('2024-03-12T10:00:00.000Z'));
    expect(elapsedWorkingTime(at('2024-03-08T17:00:00Z'), at('2024-03-12T09:00:00Z'), london)).toBe(0);
  });

  it('counts business days from the day after receipt to close of business', () => {
    expect(due('2024-03-04T09:00:00Z', days(3), london)).toEqual(O.some('2024-03-07T17:00:00.000Z'));
    // Received on a Saturday: the first business day is Monday.
    expect(due('2024-03-02T12:00:00Z', days(1), officeHours('Europe/London'))).toEqual(
      O.some('2024-03-04T17:00:00.000Z'),
    );
  });

  it('crosses the London spring-forward: 09:00 BST is 08:00 UTC', () => {
    expect(due('2024-03-29T16:00:00Z', hours(2), london)).toEqual(O.some('2024-04-01T09:00:00.000Z'));
  });

  it('crosses the New York spring-forward: 09:00 EDT is 13:00 UTC', () => {
    expect(due('2024-03-08T21:00:00Z', hours(2), newYork)).toEqual(O.some('2024-03-11T14:00:00.000Z'));
  });

  it('measures a 24-hour local day as 23 hours on the spring-forward Sunday', () => {
    const allDay = { start: '00:00', end: '24:00' };
    const cal: BusinessCalendar = {
      timeZone: 'Europe/London',
      workingHours: { sunday: allDay },
      holidays: [],
    };
    expect(elapsedWorkingTime(at('2024-03-30T12:00:00Z'), at('2024-04-01T12:00:00Z'), cal)).toBe(23 * HOUR);
  });

  it('stops the clock during a pause, and never ends while a pause is open', () => {
    const pause = [{ from: at('2024-03-04T12:00:00Z'), to: at('2024-03-04T14:00:00Z') }];
    expect(deadline(at('2024-03-04T09:00:00Z'), hours(4), london, pause)).toEqual(
      O.some('2024-03-04T15:00:00.000Z'),
    );
    expect(
      deadline(at('2024-03-04T09:00:00Z'), hours(4), london, [{ from: at('2024-03-04T10:00:00Z') }]),
    ).toEqual(O.none);
  });
});

describe('SLA policies', () => {
  const clock = { startedAt: at('2024-03-04T09:00:00Z'), pauses: [], holdingResponseSent: false };

  it('FCA DISP: final response within eight weeks, summary resolution by the third business day', () => {
    const fca = fcaDispPolicy(london);
    expect(milestoneDeadline(fca, 'final_response', clock)).toEqual(O.some('2024-04-29T09:00:00.000Z'));
    expect(milestoneDeadline(fca, 'summary_resolution', clock)).toEqual(O.some('2024-03-07T17:00:00.000Z'));
  });

  it('FCA DISP payment services: 15 business days, 35 after a holding response', () => {
    const psd = fcaDispPaymentServicesPolicy(officeHours('Europe/London'));
    expect(milestoneDeadline(psd, 'final_response', clock)).toEqual(O.some('2024-03-25T17:00:00.000Z'));
    expect(milestoneDeadline(psd, 'final_response', { ...clock, holdingResponseSent: true })).toEqual(
      O.some('2024-04-22T16:00:00.000Z'),
    );
  });

  it('CFPB: response in 15 days, closure in 60', () => {
    const cfpb = cfpbPolicy(newYork);
    expect(milestoneDeadline(cfpb, 'first_response', clock)).toEqual(O.some('2024-03-19T09:00:00.000Z'));
    expect(milestoneDeadline(cfpb, 'resolution', clock)).toEqual(O.some('2024-05-03T09:00:00.000Z'));
    expect(milestoneDeadline(cfpb, 'acknowledgement', clock)).toEqual(O.none);
  });

  it('a custom policy pauses only for the statuses it names', () => {
    const config = {
      id: 'GOLD',
      name: 'Gold customers',
      calendar: officeHours('Europe/London'),
      targets: [{ milestone: 'first_response', within: { unit: 'business_hours', amount: 4 } }],
      pausedBy: ['awaiting_customer'],
    };
    const policy = customPolicy(config);
    if (policy._tag === 'Left') throw new Error(formatErrors(policy.left).join());
    const pauses = [
      { status: 'awaiting_customer', from: at('2024-03-04T10:00:00Z'), to: at('2024-03-04T11:00:00Z') },
      { status: 'on_hold', from: at('2024-03-04T11:00:00Z'), to: at('2024-03-04T12:00:00Z') },
    ] as const;
    expect(milestoneDeadline(policy.right, 'first_response', { ...clock, pauses })).toEqual(
      O.some('2024-03-04T14:00:00.000Z'),
    );
  });

  it('refuses a custom policy with bad configuration, naming the field', () => {
    const result = customPolicy({
      id: 'X',
      name: 'X',
      calendar: { timeZone: 'Mars/Olympus', workingHours: {}, holidays: [] },
      targets: [],
      pausedBy: [],
    });
    expect(result._tag === 'Left' && formatErrors(result.left)).toEqual([
      'calendar.timeZone: expected an IANA time zone such as Europe/London',
    ]);
  });

  it('derives pauses from a complaint history', () => {
    const ev = eventsOf(complaintEventPayloads);
    const events = [
      ev('InformationRequested', {
        complaintId: 'c-1',
        requestId: 'q',
        question: '?',
        requestedAt: '2024-03-04T10:00:00Z',
      }),
      ev('CustomerReplyRecorded', {
        complaintId: 'c-1',
        requestId: 'q',
        reply: '!',
        repliedAt: '2024-03-05T10:00:00Z',
      }),
      ev('ComplaintPutOnHold', { complaintId: 'c-1', reason: 'r', heldAt: '2024-03-06T10:00:00Z' }),
    ];
    expect(complaintPauses(events)).toEqual([
      { status: 'awaiting_customer', from: '2024-03-04T10:00:00Z', to: '2024-03-05T10:00:00Z' },
      { status: 'on_hold', from: '2024-03-06T10:00:00Z' },
    ]);
  });
});
