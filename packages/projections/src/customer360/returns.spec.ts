import type { EventToAppend } from '@casebook/event-store';
import { returnStory } from '../returns/returns.fixtures';
import { foldAll } from '../runner/apply-page';
import { asStored } from '../testing';
import type { Customer360Row } from './customer360.entity';
import { customer360Projection } from './customer360.projection';

const customer = (events: EventToAppend[]): Customer360Row | undefined =>
  foldAll(customer360Projection, asStored(events)).get('cust-1');

/** The request of a return of `quantity` units at `unitMinor` in `currency`. */
const requestOf = (
  returnId: string,
  quantity: number,
  unitMinor: number,
  currency = 'GBP',
): EventToAppend => {
  const [requested] = returnStory({
    returnId,
    reason: 'defective',
    requestedAt: '2024-03-04T09:00:00Z',
    carrier: 'DPD',
    lines: [
      {
        sku: 'KET-1',
        category: 'kitchen',
        quantity,
        unitMinor,
        outcome: 'as_described',
        disposition: 'restock',
      },
    ],
    days: [1, 2, 3],
  });
  const data = requested!.data as { lines: Array<{ unitPrice: object }> };
  return {
    ...requested!,
    data: { ...data, lines: data.lines.map((l) => ({ ...l, unitPrice: { minor: unitMinor, currency } })) },
  };
};

describe('customer 360 read model: returns', () => {
  it('counts the customer’s returns and the value asked back', () => {
    expect(customer([requestOf('ret-1', 2, 4000), requestOf('ret-2', 1, 2500)])).toMatchObject({
      returnCount: 2,
      returnValueMinor: 10_500n,
      returnCurrency: 'GBP',
    });
  });

  it('starts the row from a return request, and leaves the total null once currencies mix', () => {
    expect(customer([requestOf('ret-1', 1, 100)])).toMatchObject({
      returnCount: 1,
      registeredAt: null,
      complaintsTotal: 0,
    });
    expect(customer([requestOf('ret-1', 1, 100), requestOf('ret-2', 1, 100, 'EUR')])).toMatchObject({
      returnCount: 2,
      returnValueMinor: null,
      returnCurrency: null,
    });
  });
});
