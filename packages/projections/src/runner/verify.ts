import type { AnyProjection } from './projection';
import { type RebuildProgress, Shadow, type ShadowOptions } from './shadow';
import { quote } from './sql';

/** A row where the live model and a fresh fold of the log disagree. */
export interface Drift {
  readonly key: string;
  /** missing: the live model lacks the row; extra: it has a row the log does not make. */
  readonly kind: 'missing' | 'extra' | 'different';
  /** Columns whose values differ (every column for missing and extra rows). */
  readonly columns: readonly string[];
  readonly live: Record<string, unknown> | null;
  readonly expected: Record<string, unknown> | null;
}

export interface VerifyResult {
  /** The checkpoint both were compared at. */
  readonly position: bigint;
  readonly rowsChecked: number;
  /** Every drifted row, up to `maxDrifts`. */
  readonly drifts: readonly Drift[];
  readonly driftCount: number;
}

export interface VerifyOptions extends ShadowOptions {
  readonly maxDrifts?: number;
}

export type { RebuildProgress };

/**
 * Folds the log again into scratch tables and compares them with the live model at the same
 * checkpoint (the live runner is held still for the last pages and the comparison). Changes
 * nothing in the live model; the scratch tables are dropped.
 */
export async function verifyProjection(options: VerifyOptions): Promise<VerifyResult> {
  const shadow = new Shadow(options, 'verify');
  await shadow.create();
  try {
    await shadow.catchUp();
    await shadow.hold();
    const position = await shadow.catchUp();
    return { position, ...(await compare(options, shadow.projection, options.maxDrifts ?? 1000)) };
  } finally {
    await shadow.release();
    await shadow.drop();
  }
}

async function compare(
  options: VerifyOptions,
  scratch: AnyProjection,
  maxDrifts: number,
): Promise<Omit<VerifyResult, 'position'>> {
  const key = quote(
    (options.projection.table.columns as Record<string, { column: string }>)[options.projection.table.key]!
      .column,
  );
  const from = `${quote(options.projection.table.name)} l FULL JOIN ${quote(scratch.table.name)} s ON l.${key} = s.${key}`;
  const differs = 'l IS NULL OR s IS NULL OR ROW(l.*) IS DISTINCT FROM ROW(s.*)';
  const counts = await options.pool.query<{ rows: string; drifts: string }>(
    `SELECT count(*) AS rows, count(*) FILTER (WHERE ${differs}) AS drifts FROM ${from}`,
  );
  const res = await options.pool.query<{
    live: Record<string, unknown> | null;
    expected: Record<string, unknown> | null;
  }>(
    `SELECT CASE WHEN l IS NULL THEN NULL ELSE to_jsonb(l) END AS live,
            CASE WHEN s IS NULL THEN NULL ELSE to_jsonb(s) END AS expected
       FROM ${from} WHERE ${differs} ORDER BY COALESCE(l.${key}, s.${key}) LIMIT $1`,
    [maxDrifts],
  );
  const keyColumn = key.slice(1, -1);
  return {
    rowsChecked: Number(counts.rows[0]?.rows ?? 0),
    driftCount: Number(counts.rows[0]?.drifts ?? 0),
    drifts: res.rows.map(({ live, expected }) => drift(keyColumn, live, expected)),
  };
}

function drift(
  key: string,
  live: Record<string, unknown> | null,
  expected: Record<string, unknown> | null,
): Drift {
  const row = (live ?? expected)!;
  const columns = Object.keys(row).filter(
    (c) => !live || !expected || JSON.stringify(live[c]) !== JSON.stringify(expected[c]),
  );
  const kind = live === null ? 'missing' : expected === null ? 'extra' : 'different';
  return { key: String(row[key]), kind, columns, live, expected };
}
