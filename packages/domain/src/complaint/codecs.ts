import type * as t from 'io-ts';
import { oneOf } from '../shared/primitives';

/** Which regulator's complaint-handling rules apply; drives the SLA policy and closing rules. */
export const Regime = oneOf(['FCA_DISP', 'CFPB', 'NONE'], 'Regime');
export type Regime = t.TypeOf<typeof Regime>;

export const Priority = oneOf(['low', 'medium', 'high', 'urgent'], 'Priority');
export type Priority = t.TypeOf<typeof Priority>;

export const FinalOutcome = oneOf(['upheld', 'partially_upheld', 'rejected'], 'FinalOutcome');
export type FinalOutcome = t.TypeOf<typeof FinalOutcome>;

export const ProductTestResult = oneOf(
  ['defect_confirmed', 'no_defect_found', 'inconclusive'],
  'ProductTestResult',
);
export type ProductTestResult = t.TypeOf<typeof ProductTestResult>;

export const ClaimDecision = oneOf(['approved', 'adjusted', 'denied'], 'ClaimDecision');
export type ClaimDecision = t.TypeOf<typeof ClaimDecision>;

export const NotificationKind = oneOf(['shipment', 'refund_sent', 'progress'], 'NotificationKind');
export type NotificationKind = t.TypeOf<typeof NotificationKind>;

export const SatisfactionRating = oneOf(['good', 'bad'], 'SatisfactionRating');
export type SatisfactionRating = t.TypeOf<typeof SatisfactionRating>;
