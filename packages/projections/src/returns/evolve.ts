import type { DomainEvent } from '@casebook/domain';
import type { StoredEvent } from '@casebook/event-store';
import { decodeStored, type EventOfType as Of } from '../read-models/decode';
import type { ReturnLineRow, ReturnRow } from './return.entity';

const DAY_MS = 86_400_000;
/** Whole days (24 h) from `from` to `to`. */
const daysBetween = (from: string, to: string): number =>
  Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS);

const requested = ({ data }: Of<'ReturnRequested'>, position: bigint): ReturnRow => {
  const lines: ReturnLineRow[] = data.lines.map((l) => ({
    sku: l.sku,
    category: l.category,
    quantity: l.quantity,
    unitPriceMinor: l.unitPrice.minor,
    received: null,
    condition: null,
    inspected: null,
    outcome: null,
    disposition: null,
  }));
  return {
    returnId: data.returnId,
    customerId: data.customerId,
    complaintId: data.complaintId ?? null,
    orderReference: data.orderReference,
    reason: data.reason,
    channel: data.channel,
    status: 'requested',
    currency: data.lines[0]!.unitPrice.currency,
    quantity: lines.reduce((n, l) => n + l.quantity, 0),
    valueMinor: BigInt(lines.reduce((n, l) => n + l.quantity * l.unitPriceMinor, 0)),
    carrier: null,
    requestedAt: data.requestedAt,
    authorisedAt: null,
    receivedAt: null,
    resolvedAt: null,
    endedAt: null,
    daysToAuthorisation: null,
    daysToReceipt: null,
    daysToResolution: null,
    resolution: null,
    refundId: null,
    refundMinor: null,
    refundableMinor: null,
    restockingFeeMinor: null,
    lines: JSON.stringify(lines),
    lastEventPosition: position,
  };
};

/** The row's lines with `change` applied to those `named` by SKU. */
const lines = <N extends { readonly sku: string }>(
  row: ReturnRow,
  named: ReadonlyArray<N>,
  change: (line: ReturnLineRow, n: N) => Partial<ReturnLineRow>,
): string =>
  JSON.stringify(
    (JSON.parse(row.lines) as ReturnLineRow[]).map((l) => {
      const n = named.find((x) => x.sku === l.sku);
      return n === undefined ? l : { ...l, ...change(l, n) };
    }),
  );

/** The status follows the domain's `evolveReturn`, with the instant of each milestone. */
const patch = (row: ReturnRow, e: DomainEvent): Partial<ReturnRow> => {
  switch (e.type) {
    case 'ReturnAuthorised':
      return {
        status: 'authorised',
        authorisedAt: e.data.authorisedAt,
        daysToAuthorisation: daysBetween(row.requestedAt, e.data.authorisedAt),
      };
    case 'ReturnRefused':
      return { status: 'refused', endedAt: e.data.refusedAt };
    case 'ReturnShipped':
      return { status: 'shipped', carrier: e.data.carrier };
    case 'ReturnReceived':
      return {
        status: 'received',
        receivedAt: e.data.receivedAt,
        daysToReceipt: daysBetween(row.requestedAt, e.data.receivedAt),
        lines: lines(row, e.data.lines, (_, n) => ({ received: n.quantity, condition: n.condition })),
      };
    case 'ReturnInspected': {
      const next = lines(row, e.data.lines, (_, n) => ({ inspected: n.quantity, outcome: n.outcome }));
      const all = (JSON.parse(next) as ReturnLineRow[]).every((l) => l.outcome !== null);
      return { status: all ? 'inspected' : 'received', lines: next };
    }
    case 'ReturnLinesDisposed':
      return { lines: lines(row, e.data.lines, (_, n) => ({ disposition: n.disposition })) };
    case 'ReturnResolved':
      return {
        status: 'resolved',
        resolvedAt: e.data.resolvedAt,
        daysToResolution: daysBetween(row.requestedAt, e.data.resolvedAt),
        resolution: e.data.resolution,
        refundId: e.data.refundId ?? null,
        refundMinor: e.data.refundAmount === undefined ? null : BigInt(e.data.refundAmount.minor),
        refundableMinor: BigInt(e.data.refundableValue.minor),
        restockingFeeMinor: BigInt(e.data.restockingFee.minor),
      };
    case 'ReturnClosed':
      return { status: 'closed', endedAt: e.data.closedAt };
    case 'ReturnCancelled':
      return { status: 'cancelled', endedAt: e.data.cancelledAt };
    case 'ReturnExpired':
      return { status: 'expired', endedAt: e.data.expiredAt };
    default:
      // CarrierClaimOpened: kept in the log and the return's history; no column reads it.
      return {};
  }
};

/** The returns model's fold. Pure; an event for a return never requested changes nothing. */
export const evolveReturnRow = (row: ReturnRow | null, event: StoredEvent): ReturnRow | null => {
  const e = decodeStored(event);
  if (e.type === 'ReturnRequested') return requested(e, event.globalPosition);
  if (row === null) return null;
  return { ...row, ...patch(row, e), lastEventPosition: event.globalPosition };
};
