import type { ComplaintId, CustomerId, ReturnId } from '../shared/ids';
import type { Instant } from '../shared/instant';
import type { Money } from '../shared/money';
import type { ReturnStatus } from '../shared/statuses';
import type { Disposition, InspectionOutcome, ReturnReason, ReturnResolution } from './codecs';

/** One line as the rules see it: authorised quantity, then what arrived, what inspection found, where it went. */
export interface ReturnLineState {
  readonly sku: string;
  readonly category: string;
  /** Authorised quantity: what was asked for is what is authorised. */
  readonly quantity: number;
  readonly unitPrice: Money;
  readonly received: number | null;
  readonly inspected: { readonly quantity: number; readonly outcome: InspectionOutcome } | null;
  readonly disposition: Disposition | null;
}

export interface ReturnFacts {
  readonly returnId: ReturnId;
  readonly customerId: CustomerId;
  readonly complaintId: ComplaintId | null;
  readonly reason: ReturnReason;
  readonly deliveredAt: Instant;
  readonly requestedAt: Instant;
  readonly lines: ReadonlyArray<ReturnLineState>;
  readonly sendBy: Instant | null;
  readonly shipped: boolean;
  readonly resolution: ReturnResolution | null;
  readonly claimReferences: ReadonlyArray<string>;
}

/**
 * `requested → authorised | refused`, `authorised → shipped → received → inspected → resolved →
 * closed`, `authorised → received` (handed over without a tracked shipment), cancelled before
 * receipt, expired when the send-by deadline passes with nothing shipped.
 */
export type ReturnState = { readonly status: 'none' } | (ReturnFacts & { readonly status: ReturnStatus });

export type OpenReturn = ReturnFacts & { readonly status: ReturnStatus };

export const initialReturnState: ReturnState = { status: 'none' };
