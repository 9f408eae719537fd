import * as t from 'io-ts';
import { commandPayload } from '../shared/codec';
import { PositiveMoney } from '../shared/money';
import { Label, NonNegativeInt, PositiveInt, oneOf } from '../shared/primitives';

/** Why the customer sends the item back. */
export const ReturnReason = oneOf(
  [
    'damaged_in_transit',
    'defective',
    'not_as_described',
    'wrong_item',
    'missing_parts',
    'changed_mind',
    'late_delivery',
  ],
  'ReturnReason',
);
export type ReturnReason = t.TypeOf<typeof ReturnReason>;

/** How the item travels back. */
export const ReturnMethod = oneOf(['prepaid_label', 'drop_off', 'courier_pickup'], 'ReturnMethod');
export type ReturnMethod = t.TypeOf<typeof ReturnMethod>;

/** Why a return is refused. */
export const ReturnRefusal = oneOf(
  ['outside_return_window', 'item_not_returnable', 'fraud_suspected'],
  'ReturnRefusal',
);

/** The state of a line's item when the warehouse unpacks it. */
export const ArrivalCondition = oneOf(
  ['sealed', 'opened', 'used', 'damaged', 'incomplete'],
  'ArrivalCondition',
);

/** What inspection found, per line. */
export const InspectionOutcome = oneOf(
  [
    'as_described',
    'damaged_in_transit',
    'defective_confirmed',
    'not_as_described',
    'customer_damage',
    'missing_parts',
    'not_received',
  ],
  'InspectionOutcome',
);
export type InspectionOutcome = t.TypeOf<typeof InspectionOutcome>;

/** Outcomes whose lines the customer is owed money for; customer damage and nothing received are not. */
export const REFUNDABLE_OUTCOMES: ReadonlyArray<InspectionOutcome> = [
  'as_described',
  'damaged_in_transit',
  'defective_confirmed',
  'not_as_described',
  'missing_parts',
];

/** Where a returned item goes. */
export const Disposition = oneOf(
  ['restock', 'refurbish', 'scrap', 'return_to_customer', 'send_to_vendor'],
  'Disposition',
);
export type Disposition = t.TypeOf<typeof Disposition>;

/** How the return is settled with the customer. */
export const ReturnResolution = oneOf(
  ['refund', 'exchange', 'repair', 'store_credit', 'none'],
  'ReturnResolution',
);
export type ReturnResolution = t.TypeOf<typeof ReturnResolution>;

/** One line of the order being returned. */
export const ReturnLine = commandPayload('ReturnLine', {
  sku: Label,
  description: Label,
  category: Label,
  quantity: PositiveInt,
  unitPrice: PositiveMoney,
});
export type ReturnLine = t.TypeOf<typeof ReturnLine>;

/** Lines as a non-empty array whose SKUs are unique: receipt, inspection and disposition name a line by SKU. */
export const uniqueSkus = <C extends t.Mixed>(line: C, name: string) =>
  Object.assign(
    new t.Type<ReadonlyArray<t.TypeOf<C>>, unknown, unknown>(
      name,
      (u): u is ReadonlyArray<t.TypeOf<C>> => Array.isArray(u) && u.every((l) => line.is(l)),
      (u, c) => {
        const r = t.array(line).validate(u, c);
        if (r._tag === 'Left') return r;
        const skus = r.right.map((l: { sku: string }) => l.sku);
        if (skus.length === 0) return t.failure(u, c, 'expected at least one line');
        if (new Set(skus).size !== skus.length) return t.failure(u, c, 'expected each sku at most once');
        return t.success(r.right);
      },
      (a) => a.map((l) => line.encode(l) as unknown),
    ),
    // What the API document shows: an array of lines (json-schema.ts reads `base` and `expected`).
    { base: t.array(line), expected: 'at least one line, each sku at most once' },
  );

/**
 * The return policy: days from delivery to ask for a return, per product category (`default`
 * for the rest), a longer window when the item is defective, and the restocking fee (percent of
 * the refundable value) kept when the customer simply changed their mind.
 */
export const ReturnPolicy = commandPayload(
  'ReturnPolicy',
  {
    windowDays: PositiveInt,
    defectWindowDays: PositiveInt,
    restockingFeePercent: refinePercent(),
  },
  { categoryWindowDays: t.record(t.string, PositiveInt) },
);
export type ReturnPolicy = t.TypeOf<typeof ReturnPolicy>;

function refinePercent() {
  return new t.Type<number, number, unknown>(
    'Percent',
    (u): u is number => NonNegativeInt.is(u) && u <= 100,
    (u, c) => (NonNegativeInt.is(u) && u <= 100 ? t.success(u) : t.failure(u, c, 'expected 0 to 100')),
    (a) => a,
  );
}

/** 30 days (electronics 14), 90 for defects, 10% kept on a change of mind. */
export const DEFAULT_RETURN_POLICY: ReturnPolicy = {
  windowDays: 30,
  defectWindowDays: 90,
  restockingFeePercent: 10,
  categoryWindowDays: { electronics: 14 },
};
