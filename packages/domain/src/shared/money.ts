import * as t from 'io-ts';
import { commandPayload } from './codec';
import { NonNegativeInt, PositiveInt } from './primitives';

const CURRENCY = /^[A-Z]{3}$/;

/** An ISO 4217 alphabetic code (three capital letters). */
export const Currency = new t.Type<string, string, unknown>(
  'Currency',
  (u): u is string => typeof u === 'string' && CURRENCY.test(u),
  (u, c) =>
    typeof u === 'string' && CURRENCY.test(u)
      ? t.success(u)
      : t.failure(u, c, u === undefined ? 'is required' : 'expected an ISO 4217 currency code such as GBP'),
  (a) => a,
);

/**
 * Money as integer minor units (pence, cents) plus a currency: no floating point, and no sum
 * across currencies without saying so.
 */
export const Money = commandPayload('Money', { minor: NonNegativeInt, currency: Currency });
export type Money = t.TypeOf<typeof Money>;

/** Money that must be more than zero: refunds, redress, payments. */
export const PositiveMoney = commandPayload('PositiveMoney', { minor: PositiveInt, currency: Currency });

/** Builds a Money value (no validation: use the codec at the edges). */
export const money = (minor: number, currency: string): Money => ({ minor, currency });

/** Adds amounts of one currency. */
export const sumMinor = (amounts: ReadonlyArray<Money>): number =>
  amounts.reduce((acc, m) => acc + m.minor, 0);
