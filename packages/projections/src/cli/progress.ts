import type { RebuildProgress } from '../index';

const BAR_WIDTH = 24;

/** `1,234,567`: thousands separators, whatever the machine's locale. */
export const count = (n: number | bigint): string => n.toLocaleString('en-US');

/** `0:07`, `4:05`, `1:02:03`; `--:--` when unknown. */
export function duration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '--:--';
  const s = Math.round(ms / 1000);
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}

/** Share of the way from 0 to `head`, in [0, 1]. Positions, not events: filtered events count too. */
export function fraction(p: RebuildProgress): number {
  if (p.head <= 0n) return 1;
  return Math.min(1, Number(p.position) / Number(p.head));
}

/**
 * Time left at the rate positions went by so far. Positions, not applied events, since the head
 * is a position and the model skips other models' events; null until there is a rate.
 */
export function etaMs(p: RebuildProgress): number | null {
  const done = Number(p.position);
  if (done <= 0 || p.elapsedMs <= 0) return null;
  return (p.elapsedMs * Math.max(0, Number(p.head) - done)) / done;
}

export const eventsPerSecond = (events: number, elapsedMs: number): number =>
  elapsedMs > 0 ? Math.round((events * 1000) / elapsedMs) : 0;

/** `complaints [#########---------------]  38%  12,000 events  23,456 events/s  ETA 0:07` */
export function formatProgress(name: string, p: RebuildProgress): string {
  const f = fraction(p);
  const filled = Math.round(f * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
  const pct = `${Math.floor(f * 100)}%`.padStart(4);
  const eta = etaMs(p);
  return (
    `${name} ${bar} ${pct}  ${count(p.applied)} events  ` +
    `${count(eventsPerSecond(p.applied, p.elapsedMs))} events/s  ETA ${eta === null ? '--:--' : duration(eta)}`
  );
}

export interface Output {
  write(text: string): void;
  readonly isTTY: boolean;
}

/**
 * Shows progress: on a terminal one line redrawn in place (at most every 100 ms), elsewhere (a
 * log file, CI) a whole line every 2 s, so logs stay readable.
 */
export class ProgressLine {
  private last = -Infinity;
  private drawn = false;
  private latest: RebuildProgress | undefined;

  constructor(
    private readonly name: string,
    private readonly out: Output,
    private readonly now: () => number = Date.now,
  ) {}

  update(p: RebuildProgress): void {
    this.latest = p;
    const t = this.now();
    if (t - this.last < (this.out.isTTY ? 100 : 2000)) return;
    this.last = t;
    this.draw(p);
  }

  /** On a terminal, redraws the last state (throttling may have skipped it) and ends the line. */
  finish(): void {
    if (this.out.isTTY && this.latest) this.draw(this.latest);
    if (this.drawn) this.out.write('\n');
    this.drawn = false;
  }

  private draw(p: RebuildProgress): void {
    const line = formatProgress(this.name, p);
    // `\x1b[K` clears what a longer previous line left at the end.
    this.out.write(this.out.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
    this.drawn = this.out.isTTY;
  }
}
