import type { EventStore, StoredEvent } from '@casebook/event-store';
import type { Pool } from 'pg';
import type { AnyProjection, ColumnSpec, ColumnValue, TableSpec } from '../index';
import { quote, upsertRows } from '../runner/sql';

type Filler = (key: string, e: StoredEvent, at: string) => ColumnValue;

/** A value of the column's type, taken from the event without decoding its payload. */
const fillerOf = (spec: ColumnSpec, isKey: boolean): Filler => {
  if (isKey) return (key) => key;
  switch (spec.type) {
    case 'text':
      return (_k, e) => e.type;
    case 'int':
      return () => 1;
    case 'bigint':
      return (_k, e) => e.globalPosition;
    case 'timestamptz':
      return (_k, _e, at) => at;
    case 'boolean':
      return () => false;
  }
};

/** Builds a row of `table` from an event: the column fillers are worked out once, not per row. */
function rowMaker(table: TableSpec<Row>): (key: string, e: StoredEvent) => Row {
  const fillers = Object.entries(table.columns).map(
    ([f, spec]) => [f, fillerOf(spec, f === table.key)] as const,
  );
  return (key, e) => {
    const at = e.recordedAt.toISOString();
    const row: Row = {};
    for (const [field, fill] of fillers) row[field] = fill(key, e, at);
    return row;
  };
}

type Row = Record<string, ColumnValue>;

/**
 * The floor a model's build is compared with: the same pages (`readAll`, same page size and
 * filter) and one multi-row upsert per page into a copy of the model's table, one row per key
 * the page touches. No payload decoding, no fold, no row loads, no transaction, no checkpoint.
 * Keys come from the model's own `keyOf`, links held in memory, so both write the same rows.
 */
export async function rawHarness(
  pool: Pool,
  store: EventStore,
  projection: AnyProjection,
  pageSize: number,
): Promise<number> {
  const table = { ...(projection.table as TableSpec<Row>), name: `${projection.table.name}__raw` };
  const makeRow = rowMaker(table);
  await pool.query(`DROP TABLE IF EXISTS ${quote(table.name)}`);
  await pool.query(`CREATE TABLE ${quote(table.name)} (LIKE ${quote(projection.table.name)} INCLUDING ALL)`);
  const links = new Map<string, string>();
  const lookup = (id: string): string | null => links.get(id) ?? null;
  let after = 0n;
  let events = 0;
  for (;;) {
    const { eventTypes, streamPrefix } = projection;
    const page = await store.readAll({ after, maxCount: pageSize, eventTypes, streamPrefix });
    if (page.lastPosition <= after) break;
    // The last event of each key the page touches gives that key's row.
    const last = new Map<string, StoredEvent>();
    for (const e of page.events) {
      const link = projection.linkOf?.(e);
      if (link) links.set(link.from, link.to);
      const key = projection.keyOf(e, lookup);
      if (key !== null) last.set(key, e);
    }
    const rows = [...last].map(([key, e]) => makeRow(key, e));
    if (rows.length > 0) await pool.query(upsertRows(table, rows));
    events += page.events.length;
    after = page.lastPosition;
  }
  await pool.query(`DROP TABLE ${quote(table.name)}`);
  return events;
}
