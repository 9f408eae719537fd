import type { EventToAppend } from '@casebook/event-store';
import { foldAll } from '../runner/apply-page';
import { asStored, toAppend } from '../testing';
import type { ReturnLineRow, ReturnRow } from './return.entity';
import { returnStory } from './returns.fixtures';
import { returnsProjection } from './returns.projection';

const fold = (events: EventToAppend[]): ReturnRow | undefined =>
  foldAll(returnsProjection, asStored(events)).get('ret-1');

const story = returnStory({
  returnId: 'ret-1',
  reason: 'defective',
  requestedAt: '2024-03-01T09:00:00Z',
  carrier: 'DPD',
  lines: [
    {
      sku: 'KET-1',
      category: 'kitchen',
      quantity: 2,
      unitMinor: 4000,
      outcome: 'defective_confirmed',
      disposition: 'send_to_vendor',
    },
    {
      sku: 'TOA-1',
      category: 'kitchen',
      quantity: 1,
      unitMinor: 2500,
      outcome: 'customer_damage',
      disposition: 'scrap',
    },
  ],
  days: [1, 6, 8],
  refundMinor: 8000,
});

describe('returns read model fold', () => {
  it('records the request: value, quantity, currency, lines', () => {
    expect(fold(story.slice(0, 1))).toMatchObject({
      status: 'requested',
      reason: 'defective',
      channel: 'web',
      currency: 'GBP',
      quantity: 3,
      valueMinor: 10_500n,
      complaintId: null,
      daysToAuthorisation: null,
    });
  });

  it('counts whole days from the request to authorisation, receipt and resolution', () => {
    expect(fold(story)).toMatchObject({
      status: 'closed',
      carrier: 'DPD',
      daysToAuthorisation: 1,
      daysToReceipt: 6,
      daysToResolution: 8,
      resolution: 'refund',
      refundId: 'rf-ret-1',
      refundMinor: 8000n,
      refundableMinor: 8000n,
      restockingFeeMinor: 0n,
      endedAt: '2024-03-09T09:00:00Z',
    });
  });

  it('keeps each line’s receipt, outcome and disposition', () => {
    const lines = JSON.parse(fold(story)!.lines) as ReturnLineRow[];
    expect(lines).toEqual([
      {
        sku: 'KET-1',
        category: 'kitchen',
        quantity: 2,
        unitPriceMinor: 4000,
        received: 2,
        condition: 'opened',
        inspected: 2,
        outcome: 'defective_confirmed',
        disposition: 'send_to_vendor',
      },
      {
        sku: 'TOA-1',
        category: 'kitchen',
        quantity: 1,
        unitPriceMinor: 2500,
        received: 1,
        condition: 'opened',
        inspected: 1,
        outcome: 'customer_damage',
        disposition: 'scrap',
      },
    ]);
  });

  it('stays received until every line is inspected', () => {
    const partly = toAppend('ReturnInspected', {
      returnId: 'ret-1',
      lines: [{ sku: 'KET-1', quantity: 2, outcome: 'as_described' }],
      evidence: [],
      inspectedBy: { kind: 'warehouse', id: 'wh-1' },
      inspectedAt: '2024-03-07T09:00:00Z',
    });
    expect(fold([...story.slice(0, 4), partly])?.status).toBe('received');
  });

  it('ends a cancelled or expired return, and ignores events of a return never requested', () => {
    const cancelled = toAppend('ReturnCancelled', { returnId: 'ret-1', cancelledAt: '2024-03-03T09:00:00Z' });
    expect(fold([...story.slice(0, 2), cancelled])).toMatchObject({
      status: 'cancelled',
      endedAt: '2024-03-03T09:00:00Z',
    });
    expect(fold(story.slice(1))).toBeUndefined();
  });
});
