import * as t from 'io-ts';
import { commandPayload } from '../shared/codec';
import { Currency } from '../shared/money';
import { NonNegativeInt, oneOf } from '../shared/primitives';

/** A refund proper, a bill adjustment or an account credit: same rules, different money movement. */
export const RefundKind = oneOf(['refund', 'bill_adjustment', 'account_credit'], 'RefundKind');
export type RefundKind = t.TypeOf<typeof RefundKind>;

/** Per currency, the largest amount (minor units) a role may request without a supervisor. */
const LimitsByCurrency = t.record(Currency, NonNegativeInt);

/**
 * Approval limits per requester role, e.g. `{ agent: { GBP: 10000, USD: 12000 } }`. A role or
 * currency that is not listed has a limit of zero: every such request needs a supervisor.
 */
export const ApprovalLimits = commandPayload(
  'ApprovalLimits',
  {},
  {
    agent: LimitsByCurrency,
    supervisor: LimitsByCurrency,
    customer: LimitsByCurrency,
    system: LimitsByCurrency,
    service: LimitsByCurrency,
    auditor: LimitsByCurrency,
    analyst: LimitsByCurrency,
    admin: LimitsByCurrency,
    warehouse: LimitsByCurrency,
  },
);
export type ApprovalLimits = t.TypeOf<typeof ApprovalLimits>;
