import * as E from 'fp-ts/Either';
import * as O from 'fp-ts/Option';
import { pipe } from 'fp-ts/function';
import { decodeWith, type FieldError } from '../shared/decode';
import { toMillis, type Instant } from '../shared/instant';
import type { BusinessCalendar } from './calendar';
import { deadline, type Pause } from './clock';
import { SlaPolicy, type PausingStatus, type SlaMilestone } from './policy';

/** A pause with the status that caused it, so each policy can choose which ones stop its clock. */
export interface StatusPause extends Pause {
  readonly status: PausingStatus;
}

/**
 * FCA DISP 1.6: final response by the end of eight weeks; a complaint resolved by close of
 * business on the third business day after receipt may close with a summary resolution
 * communication instead. The FCA clock does not stop while waiting for the customer.
 */
export const fcaDispPolicy = (calendar: BusinessCalendar): SlaPolicy => ({
  id: 'FCA_DISP',
  name: 'FCA DISP (8 weeks)',
  calendar,
  targets: [
    { milestone: 'summary_resolution', within: { unit: 'business_days', amount: 3 } },
    { milestone: 'final_response', within: { unit: 'calendar_days', amount: 56 } },
  ],
  pausedBy: [],
});

/** FCA DISP 1.6.2A for payment services: 15 business days, 35 after a holding response. */
export const fcaDispPaymentServicesPolicy = (calendar: BusinessCalendar): SlaPolicy => ({
  id: 'FCA_DISP_PSD',
  name: 'FCA DISP payment services (15/35 business days)',
  calendar,
  targets: [
    { milestone: 'summary_resolution', within: { unit: 'business_days', amount: 3 } },
    {
      milestone: 'final_response',
      within: { unit: 'business_days', amount: 15 },
      extendedWithHoldingResponse: { unit: 'business_days', amount: 35 },
    },
  ],
  pausedBy: [],
});

/** CFPB: a response within 15 days and closure within 60 days (calendar days). */
export const cfpbPolicy = (calendar: BusinessCalendar): SlaPolicy => ({
  id: 'CFPB',
  name: 'CFPB (15/60 days)',
  calendar,
  targets: [
    { milestone: 'first_response', within: { unit: 'calendar_days', amount: 15 } },
    { milestone: 'resolution', within: { unit: 'calendar_days', amount: 60 } },
  ],
  pausedBy: [],
});

/** A policy from configuration (JSON), validated with field-named errors. */
export const customPolicy = (config: unknown): E.Either<ReadonlyArray<FieldError>, SlaPolicy> =>
  decodeWith(SlaPolicy, config);

/** What a policy needs to know about one complaint's clock. */
export interface ClockFacts {
  readonly startedAt: Instant;
  readonly pauses: ReadonlyArray<StatusPause>;
  readonly holdingResponseSent: boolean;
}

/**
 * The deadline of `milestone` under `policy`: `none` when the policy sets no such target or the
 * clock is paused with no end yet. Only pauses whose status the policy names stop the clock.
 */
export const milestoneDeadline = (
  policy: SlaPolicy,
  milestone: SlaMilestone,
  clock: ClockFacts,
): O.Option<Instant> =>
  pipe(
    O.fromNullable(policy.targets.find((t) => t.milestone === milestone)),
    O.flatMap((target) =>
      deadline(
        clock.startedAt,
        clock.holdingResponseSent && target.extendedWithHoldingResponse !== undefined
          ? target.extendedWithHoldingResponse
          : target.within,
        policy.calendar,
        clock.pauses.filter((p) => policy.pausedBy.includes(p.status)),
      ),
    ),
  );

/** True when `resolvedAt` is no later than close of business on the third business day after `filedAt`. */
export const withinSummaryResolutionWindow = (
  filedAt: Instant,
  resolvedAt: Instant,
  calendar: BusinessCalendar,
): boolean =>
  pipe(
    deadline(filedAt, { unit: 'business_days', amount: 3 }, calendar),
    O.exists((limit) => toMillis(resolvedAt) <= toMillis(limit)),
  );
