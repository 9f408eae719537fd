import type { StoredEvent } from '@casebook/event-store';

/** How a column's value travels between a row object and PostgreSQL. */
export type ColumnType = 'text' | 'int' | 'bigint' | 'timestamptz' | 'boolean';

/** The JavaScript value each column type holds in a row: timestamps as ISO-8601 UTC strings. */
export type ColumnValue = string | number | bigint | boolean | null;

export interface ColumnSpec {
  readonly column: string;
  readonly type: ColumnType;
}

/**
 * Where a projection's rows live. The key column is text, one row per key. The read models read
 * theirs from their TypeORM entity (`tableSpecOf`), so the runner stays free of TypeORM.
 */
export interface TableSpec<Row> {
  readonly name: string;
  /** The row field that holds the key; it must also be listed in `columns`. */
  readonly key: keyof Row & string;
  readonly columns: { readonly [F in keyof Row & string]: ColumnSpec };
}

/**
 * `replay` while the runner re-reads events a previous generation of the model already saw (a
 * rebuild): a handler with side effects (e-mail, webhooks) must do nothing then.
 */
export type ProjectionMode = 'live' | 'replay';

export interface EvolveContext {
  readonly mode: ProjectionMode;
}

/**
 * An event that ties another id to a row key, e.g. `ComplaintFiled`: complaint id -> customer id.
 * The runner stores links (table `projection_links`, per projection) in the page's transaction.
 */
export interface Link {
  readonly from: string;
  readonly to: string;
}

/** The row key a link id was tied to, or null when no event has linked it (yet). */
export type LinkLookup = (from: string) => string | null;

/**
 * A read model: which events it reads, where its rows live, and a pure fold. The runner owns
 * reading, batching, transactions, checkpoints and ownership.
 */
export interface Projection<Row> {
  /** Stable forever: it names the checkpoint and the advisory lock. */
  readonly name: string;
  readonly eventTypes: readonly string[];
  readonly streamPrefix?: string;
  readonly table: TableSpec<Row>;
  /**
   * The key of the row an event changes, or null when the event changes none. An event that
   * does not carry the row key (e.g. `ComplaintClosed` for a customer model) finds it through
   * `lookup`, from a link an earlier event made (see `linkOf`, `lookupOf`).
   */
  keyOf(event: StoredEvent, lookup: LinkLookup): string | null;
  /** The link this event makes, if any; applied before `keyOf` of the same event. */
  linkOf?(event: StoredEvent): Link | null;
  /** The link id `keyOf` will look up for this event, so a page loads its links in one query. */
  lookupOf?(event: StoredEvent): string | null;
  /** Pure: the next row, or null to delete it. Must not mutate `row`. */
  evolve(row: Row | null, event: StoredEvent, context: EvolveContext): Row | null;
}

/** A projection whose row type is erased, for lists of several models. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProjection = Projection<any>;
