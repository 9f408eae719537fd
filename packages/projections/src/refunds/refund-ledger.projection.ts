import { stringField } from '../read-models/decode';
import type { Projection } from '../runner/projection';
import { evolveRefundLedgerRow } from './evolve';
import { refundLedgerTable, type RefundLedgerRow } from './refund-ledger.entity';

export const refundLedgerEventTypes = [
  'RefundRequested',
  'RefundApproved',
  'RefundRejected',
  'RefundIssued',
  'RefundSettled',
  'RefundFailed',
] as const;

/** One row per refund: `refund_ledger`. Every refund event names its refund. */
export const refundLedgerProjection: Projection<RefundLedgerRow> = {
  name: 'refund_ledger',
  eventTypes: refundLedgerEventTypes,
  table: refundLedgerTable,
  keyOf: (event) => stringField(event, 'refundId'),
  evolve: (row, event) => evolveRefundLedgerRow(row, event),
};
