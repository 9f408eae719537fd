import { stringField } from '../read-models/decode';
import type { Projection } from '../runner/projection';
import { evolveReturnRow } from './evolve';
import { returnsTable, type ReturnRow } from './return.entity';

export const returnsEventTypes = [
  'ReturnRequested',
  'ReturnAuthorised',
  'ReturnRefused',
  'ReturnShipped',
  'ReturnReceived',
  'ReturnInspected',
  'ReturnLinesDisposed',
  'ReturnResolved',
  'ReturnClosed',
  'ReturnCancelled',
  'ReturnExpired',
] as const;

/** One row per return: `returns`. Every return event names its return. */
export const returnsProjection: Projection<ReturnRow> = {
  name: 'returns',
  eventTypes: returnsEventTypes,
  table: returnsTable,
  keyOf: (event) => stringField(event, 'returnId'),
  evolve: (row, event) => evolveReturnRow(row, event),
};
