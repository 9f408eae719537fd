import { csvCell, csvLine } from './csv';

/** `{ a: { b: 1 } }` -> `[['a.b', 1]]`: nested stats become dotted columns. */
const flatten = (row: object, prefix = ''): Array<[string, unknown]> =>
  Object.entries(row).flatMap(([k, v]): Array<[string, unknown]> =>
    v !== null && typeof v === 'object' ? flatten(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  );

/**
 * Aggregates are few rows, so they are written at once. The header comes from the rows (or from
 * `empty`, a row of the same shape, when none matched); every string is guarded like list text.
 */
export function summaryCsv(rows: readonly object[], empty: object): string {
  const header = flatten(rows[0] ?? empty).map(([k]) => k);
  const lines = rows.map((row) => {
    const cells = new Map(flatten(row));
    return csvLine(header.map((k) => csvCell(cells.get(k), typeof cells.get(k) === 'string')));
  });
  return [csvLine(header), ...lines].join('');
}
