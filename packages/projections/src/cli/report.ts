import type { Drift, ProjectionStatus, RebuildResult, VerifyResult } from '../index';
import { count, duration, eventsPerSecond } from './progress';

/** Lays out rows under a header, columns padded to their widest cell. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const seconds = (s: number): string => (s < 10 ? s.toFixed(1) : count(Math.round(s)));

/** The owner and whether it still holds the lock: a crashed owner shows as `(gone)`. */
const ownerCell = (s: ProjectionStatus): string => {
  if (s.owner === null) return s.ownerActive ? '(running, no page written yet)' : '-';
  return `${s.owner} ${s.ownerActive ? '(active)' : '(gone)'}`;
};

/** `casebook projections status`: one line per projection. */
export function statusTable(statuses: readonly ProjectionStatus[]): string {
  const rows = statuses.map((s) => [
    s.name,
    count(s.checkpoint),
    count(s.head),
    count(s.eventsBehind),
    seconds(s.secondsBehind),
    ownerCell(s),
    s.heldBy ?? '-',
    s.updatedAt ?? '-',
  ]);
  return table(['PROJECTION', 'CHECKPOINT', 'HEAD', 'BEHIND', 'LAG S', 'OWNER', 'HELD BY', 'UPDATED'], rows);
}

/** Positions are bigints; JSON has numbers. A log of 2^53 events is not a worry here. */
export const statusJson = (statuses: readonly ProjectionStatus[]): string =>
  JSON.stringify(statuses.map((s) => ({ ...s, checkpoint: Number(s.checkpoint), head: Number(s.head) })));

export function rebuildSummary(name: string, r: RebuildResult): string {
  return (
    `rebuilt ${name}: ${count(r.events)} events in ${duration(r.elapsedMs)} ` +
    `(${count(eventsPerSecond(r.events, r.elapsedMs))} events/s), swapped in at position ${count(r.position)}`
  );
}

const show = (v: unknown): string => (v === undefined ? 'absent' : JSON.stringify(v));

/** One drifted row: for a differing row, each column as live -> expected. */
export function driftLine(d: Drift): string {
  const head = `  ${d.kind.padEnd(9)} ${d.key}`;
  if (d.kind === 'missing') return `${head}  (no row in the live model; the log makes one)`;
  if (d.kind === 'extra') return `${head}  (the live model has a row the log does not make)`;
  const cols = d.columns.map((c) => `${c}: ${show(d.live?.[c])} -> ${show(d.expected?.[c])}`);
  return `${head}  ${cols.join('; ')}`;
}

/** `casebook projections verify`: a verdict line, then up to `limit` drifted rows. */
export function verifyReport(name: string, r: VerifyResult, limit = 20): string {
  const at = `at position ${count(r.position)}`;
  if (r.driftCount === 0) {
    return `${name}: clean, ${count(r.rowsChecked)} rows match a fresh fold of the log ${at}`;
  }
  const shown = r.drifts.slice(0, limit);
  const lines = [
    `${name}: ${count(r.driftCount)} of ${count(r.rowsChecked)} rows differ from a fresh fold of the log ${at}` +
      (r.driftCount > shown.length ? ` (first ${shown.length} shown)` : ''),
    ...shown.map(driftLine),
  ];
  return lines.join('\n');
}

export const verifyJson = (name: string, r: VerifyResult, limit = 20): string =>
  JSON.stringify({
    name,
    position: Number(r.position),
    rowsChecked: r.rowsChecked,
    driftCount: r.driftCount,
    drifts: r.drifts.slice(0, limit),
  });
