import { parseInstant } from '@casebook/domain';

/**
 * The later of two instants. Compared as instants, not strings: payloads may omit milliseconds
 * while rows read back from PostgreSQL carry them. Events of different streams can arrive out of
 * their own time order, so "latest" is decided by time, not by log position; a tie keeps `next`.
 */
export const laterOf = (current: string | null, next: string): string =>
  current === null || parseInstant(next) >= parseInstant(current) ? next : current;

/** True when `a` is strictly after `b` (a null `b` is before everything). */
export const isAfter = (a: string, b: string | null): boolean =>
  b === null || parseInstant(a) > parseInstant(b);

/** The refund columns that `complaints` and `customer_360` share. */
export interface RefundTotals {
  readonly refundCount: number;
  readonly refundTotalMinor: bigint | null;
  readonly refundCurrency: string | null;
}

/**
 * One more refund: the total stays in the one currency of all the refunds counted; once they mix
 * currencies, total and currency are null (a sum across currencies means nothing).
 */
export const addRefund = (
  totals: RefundTotals,
  amount: { readonly minor: number; readonly currency: string },
): RefundTotals => {
  const sameCurrency = totals.refundCount === 0 || totals.refundCurrency === amount.currency;
  return {
    refundCount: totals.refundCount + 1,
    refundCurrency: sameCurrency ? amount.currency : null,
    refundTotalMinor:
      sameCurrency && totals.refundTotalMinor !== null
        ? totals.refundTotalMinor + BigInt(amount.minor)
        : null,
  };
};
