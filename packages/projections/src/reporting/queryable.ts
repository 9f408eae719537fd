/** What the report functions need of a connection: a pg `Pool`, `PoolClient` or `Client`. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** Row values as pg returns them: counts as numbers (cast to int in SQL), instants as Dates. */
export type SqlRow = Readonly<Record<string, unknown>>;

/** A float8 or int column; null stays null (no population). */
export const numberOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** A timestamptz column as an ISO-8601 UTC string. */
export const isoOf = (v: unknown): string =>
  v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString();

/** The text columns of the group keys a report was asked to group by; absent keys stay absent. */
export const groupKeysOf = <K extends string>(
  row: SqlRow,
  keys: readonly K[],
): Partial<Record<K, string | null>> =>
  Object.fromEntries(keys.map((k) => [k, (row[k] as string | null | undefined) ?? null])) as Partial<
    Record<K, string | null>
  >;
