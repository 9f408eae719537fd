import type { ApprovalLimits } from '@casebook/domain';

const each = (minor: number) => ({ GBP: minor, EUR: minor, USD: minor });

/**
 * Minor units a role may refund without a supervisor, per currency. Agents (and services acting
 * for them) up to 500.00; supervisors and admins far beyond any single payment. Unlisted: zero.
 */
export const DEFAULT_APPROVAL_LIMITS: ApprovalLimits = {
  agent: each(50_000),
  supervisor: each(100_000_000),
  admin: each(100_000_000),
};
