import { Entity, Index } from 'typeorm';
import { KeyColumn, ModelColumn, NULLABLE } from '../read-models/columns';
import { tableSpecOf } from '../read-models/table-spec';

/** One line of a return as the read model keeps it, in the `lines` column's JSON. */
export interface ReturnLineRow {
  readonly sku: string;
  readonly category: string;
  readonly quantity: number;
  readonly unitPriceMinor: number;
  readonly received: number | null;
  readonly condition: string | null;
  readonly inspected: number | null;
  readonly outcome: string | null;
  readonly disposition: string | null;
}

/**
 * One return, and the one declaration of `returns` (see `complaint.entity.ts`). Times are
 * ISO-8601 UTC strings; the `days_to_*` columns are whole days (24 h) from the request. The lines
 * are JSON text: one event names several lines, and the runner keeps one row per key, so the
 * per-line reports unnest them in SQL (`jsonb_array_elements(lines::jsonb)`).
 */
@Entity({ name: 'returns' })
// Reports by period, by status and per customer or complaint.
@Index('returns_requested_at', ['requestedAt'])
@Index('returns_status', ['status'])
@Index('returns_customer', ['customerId'])
@Index('returns_complaint', ['complaintId'])
export class ReturnEntity {
  @KeyColumn('return_id')
  readonly returnId!: string;
  @ModelColumn('text', 'customer_id')
  readonly customerId!: string;
  @ModelColumn('text', 'complaint_id', NULLABLE)
  readonly complaintId!: string | null;
  @ModelColumn('text', 'order_reference')
  readonly orderReference!: string;
  @ModelColumn('text', 'reason')
  readonly reason!: string;
  @ModelColumn('text', 'channel')
  readonly channel!: string;
  /** The domain's status: requested, authorised, refused, shipped, received, inspected, resolved, closed, cancelled, expired. */
  @ModelColumn('text', 'status')
  readonly status!: string;
  @ModelColumn('text', 'currency')
  readonly currency!: string;
  @ModelColumn('int', 'quantity')
  readonly quantity!: number;
  /** The value asked back: quantity × unit price over the lines. */
  @ModelColumn('bigint', 'value_minor')
  readonly valueMinor!: bigint;
  @ModelColumn('text', 'carrier', NULLABLE)
  readonly carrier!: string | null;
  @ModelColumn('timestamptz', 'requested_at')
  readonly requestedAt!: string;
  @ModelColumn('timestamptz', 'authorised_at', NULLABLE)
  readonly authorisedAt!: string | null;
  @ModelColumn('timestamptz', 'received_at', NULLABLE)
  readonly receivedAt!: string | null;
  @ModelColumn('timestamptz', 'resolved_at', NULLABLE)
  readonly resolvedAt!: string | null;
  /** When it ended: closed, refused, cancelled or expired. */
  @ModelColumn('timestamptz', 'ended_at', NULLABLE)
  readonly endedAt!: string | null;
  @ModelColumn('int', 'days_to_authorisation', NULLABLE)
  readonly daysToAuthorisation!: number | null;
  @ModelColumn('int', 'days_to_receipt', NULLABLE)
  readonly daysToReceipt!: number | null;
  @ModelColumn('int', 'days_to_resolution', NULLABLE)
  readonly daysToResolution!: number | null;
  /** refund, exchange, repair, store_credit or none. */
  @ModelColumn('text', 'resolution', NULLABLE)
  readonly resolution!: string | null;
  @ModelColumn('text', 'refund_id', NULLABLE)
  readonly refundId!: string | null;
  @ModelColumn('bigint', 'refund_minor', NULLABLE)
  readonly refundMinor!: bigint | null;
  /** What the rules allowed at resolution: the value of lines inspected as refundable, and the fee kept. */
  @ModelColumn('bigint', 'refundable_minor', NULLABLE)
  readonly refundableMinor!: bigint | null;
  @ModelColumn('bigint', 'restocking_fee_minor', NULLABLE)
  readonly restockingFeeMinor!: bigint | null;
  /** JSON array of `ReturnLineRow`: outcome and disposition per line. */
  @ModelColumn('text', 'lines')
  readonly lines!: string;
  @ModelColumn('bigint', 'last_event_position')
  readonly lastEventPosition!: bigint;
}

/** The row the fold builds is the entity. */
export type ReturnRow = ReturnEntity;

export const returnsTable = tableSpecOf(ReturnEntity);
