import type { Regime } from '../complaint/codecs';
import type { ComplaintId } from '../shared/ids';
import { civilFromDays, formatInstant, toMillis, type Instant } from '../shared/instant';
import type { ComplaintStatus } from '../shared/statuses';

/** How long each regime requires complaint records to be kept after the complaint closes. */
export type RetentionPolicy = Readonly<Record<Regime, { readonly years: number }>>;

/**
 * FCA DISP 1.9 asks for complaint records to be kept at least three years from receipt; we count
 * the three years from the close, which is later and so never erases early. CFPB supervision
 * expects the same three years. Complaints under no regime need no keeping.
 */
export const DEFAULT_RETENTION: RetentionPolicy = {
  FCA_DISP: { years: 3 },
  CFPB: { years: 3 },
  NONE: { years: 0 },
};

/** One of the customer's complaints, as an erasure decision reads it. */
export interface ComplaintForErasureContext {
  readonly complaintId: ComplaintId;
  readonly status: ComplaintStatus;
  readonly regime: Regime;
  readonly closedAt: Instant | null;
}

/**
 * What the command runner reads from other streams before deciding a customer command. Only
 * `RequestErasure` uses it: every complaint of the customer, and the retention policy (from
 * configuration). The decision's time is the command's `metadata.now`.
 */
export interface ErasureContext {
  readonly complaints: ReadonlyArray<ComplaintForErasureContext>;
  readonly retention: RetentionPolicy;
}

/** The part of a complaint's state an erasure reads; structural, so slices do not import each other. */
export type ComplaintForErasure =
  | { readonly status: 'none' }
  | {
      readonly complaintId: ComplaintId;
      readonly status: ComplaintStatus;
      readonly regime: Regime;
      readonly closedAt: Instant | null;
    };

/**
 * The context for erasing a customer, from the states of their complaints as loaded (keyed by
 * complaint id). A complaint that cannot be read (undefined, or no stream) counts as open, so it
 * blocks the erasure rather than letting data go that may still be needed; its regime is then
 * unknown and reported as `NONE`, which an open complaint never reads.
 */
export const erasureContextFrom = (
  complaints: ReadonlyMap<string, ComplaintForErasure | undefined>,
  retention: RetentionPolicy,
): ErasureContext => ({
  complaints: [...complaints].map(([id, c]) =>
    c === undefined || c.status === 'none'
      ? { complaintId: id as ComplaintId, status: 'open', regime: 'NONE', closedAt: null }
      : { complaintId: c.complaintId, status: c.status, regime: c.regime, closedAt: c.closedAt },
  ),
  retention,
});

const MS_PER_DAY = 86_400_000;

/**
 * `years` calendar years after `from`, at the same time of day. From 29 February into a common
 * year it is 1 March: the day after the last full year, so the data is never let go early.
 */
export const retainedUntil = (from: Instant, years: number): Instant => {
  const ms = toMillis(from);
  const days = Math.floor(ms / MS_PER_DAY);
  const { year, month, day } = civilFromDays(days);
  // Date.UTC only does arithmetic here (no clock is read); it rolls 29 Feb of a common year to 1 Mar.
  return formatInstant(Date.UTC(year + years, month - 1, day) + (ms - days * MS_PER_DAY));
};
