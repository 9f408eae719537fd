import * as t from 'io-ts';
import { commandPayload } from '../shared/codec';
import { Label, NonNegativeInt, oneOf } from '../shared/primitives';
import { BusinessCalendar } from './calendar';

/** How a target is measured: wall-clock time, or working time under the policy's calendar. */
export const SlaUnit = oneOf(
  ['calendar_days', 'calendar_hours', 'business_days', 'business_hours'],
  'SlaUnit',
);
export type SlaUnit = t.TypeOf<typeof SlaUnit>;

export const SlaDuration = commandPayload('SlaDuration', { unit: SlaUnit, amount: NonNegativeInt });
export type SlaDuration = t.TypeOf<typeof SlaDuration>;

/** The milestones a policy can set targets for. */
export const SlaMilestone = oneOf(
  ['acknowledgement', 'first_response', 'final_response', 'resolution', 'summary_resolution'],
  'SlaMilestone',
);
export type SlaMilestone = t.TypeOf<typeof SlaMilestone>;

/** Complaint statuses that may stop the clock. */
export const PausingStatus = oneOf(['awaiting_customer', 'on_hold'], 'PausingStatus');
export type PausingStatus = t.TypeOf<typeof PausingStatus>;

/**
 * One target. `extended` is the longer limit that applies once a holding response has been sent
 * (FCA DISP payment services: 15 business days, 35 in exceptional circumstances).
 */
export const SlaTarget = commandPayload(
  'SlaTarget',
  { milestone: SlaMilestone, within: SlaDuration },
  { extendedWithHoldingResponse: SlaDuration },
);
export type SlaTarget = t.TypeOf<typeof SlaTarget>;

/** A policy: targets, the calendar that business units use, and which statuses pause the clock. */
export const SlaPolicy = commandPayload('SlaPolicy', {
  id: Label,
  name: Label,
  calendar: BusinessCalendar,
  targets: t.readonlyArray(SlaTarget),
  pausedBy: t.readonlyArray(PausingStatus),
});
export type SlaPolicy = t.TypeOf<typeof SlaPolicy>;
